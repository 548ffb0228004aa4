package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hemicycle.Fixtures;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.consultation.ConsultationDetails;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The text of a plan as it is written with the public and changed after adoption, in a real headless Chromium: a
 * citizen comments on the Issue of a draft commitment under consultation; the plan team saves the draft and rewrites
 * that Issue; the comment then says what changed since, word by word. Once the plan is adopted, its team opens an
 * amendment with its reason, changes a commitment and records it; the public reads the reason and the change in the
 * versions. Each page checked by axe-core. On plans of their own, so that the demo's versions stay as they are.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hemicycle.page-cache.enabled=true")
@Import(Fixtures.class)
class DraftJourneyTests {

    private static final String ISSUE = "Votes are published weeks late.";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired PlanCycle cycle;
    @Autowired CommitmentService commitments;
    @Autowired ConsultationService consultations;

    private Browser browser;
    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCommentOnAPartOfTheDraftSaysWhatChangedInItSince() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Open votes").withIssue(ISSUE));
        cycle.publish(editor, plan.getId());
        ZonedDateTime opened = ZonedDateTime.now(ZoneId.of("America/Santiago")).minusDays(1);
        consultations.open(editor, plan.getId(), new ConsultationDetails("Consultation on the draft plan", null, null,
                opened.toLocalDate(), LocalTime.of(8, 0), opened.toLocalDate().plusDays(8), LocalTime.of(20, 0), "America/Santiago"));
        String planPath = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();

        HemicycleUser citizen = fixtures.user(fixtures.parliament(null));
        signIn(citizen.email());
        open(planPath + "/consultations");
        browser.clickAndWait(driver.findElement(By.linkText("Consultation on the draft plan")));
        browser.clickAndWait(driver.findElement(By.cssSelector("section[aria-labelledby=draft] a")));
        assertThat(heading()).isEqualTo("1. Open votes");
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.cssSelector("a.part-comments[href$='/commitments/1/issue']")));
        browser.assertNoSeriousAccessibilityViolations();
        assertThat(main()).contains(ISSUE);
        browser.type(By.id("body"), "Say how many weeks, and who publishes them.");
        browser.clickAndWait(driver.findElement(By.cssSelector("#comment-form button[type=submit]")));
        assertThat(main()).contains("Say how many weeks, and who publishes them.").doesNotContain("changed since");
        String part = driver.getCurrentUrl().replaceAll("#.*", "");
        signOut();

        // The plan team keeps the draft as it was consulted on, then rewrites the Issue.
        signIn(editor.email());
        open("/manage/plans/" + plan.getId());
        browser.clickAndWait(driver.findElement(By.linkText("Versions and amendments")));
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/versions'] button[type=submit]")));
        open("/manage/plans/" + plan.getId());
        browser.clickAndWait(driver.findElement(By.linkText("1. Open votes")));
        browser.type(By.id("issue"), "Votes are published six weeks late by the clerk.");
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/manage/commitments/" + commitmentId(plan, editor)
                + "'] button[type=submit]")));
        signOut();

        driver.get(part + "?lang=en");
        assertThat(main()).contains("The text has changed since this comment:", "Say how many weeks, and who publishes them.");
        assertThat(driver.findElements(By.cssSelector("ins.diff")).stream().map(WebElement::getText))
                .anySatisfy(added -> assertThat(added).contains("six"));
        browser.assertNoSeriousAccessibilityViolations();
    }

    @Test
    void anAdoptedPlanChangesByAnAmendmentWhoseReasonAndChangesThePublicReads() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        String reason = "Decision 12/2026 of the bureau opens the records of committees too.";

        signIn(editor.email());
        open("/manage/plans/" + plan.getId());
        browser.clickAndWait(driver.findElement(By.linkText("Versions and amendments")));
        browser.type(By.id("reason"), reason);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/amendment'] button[type=submit]")));
        assertThat(main()).contains("Amendment opened on");
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.linkText("Change the commitments")));
        browser.clickAndWait(driver.findElement(By.linkText("1. Open the records")));
        browser.type(By.id("description"), "Open them, and the records of committees.");
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/manage/commitments/" + commitmentId(plan, editor)
                + "'] button[type=submit]")));
        open("/manage/plans/" + plan.getId() + "/versions");
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/amendment/record'] button[type=submit]")));
        signOut();

        open("/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "?lang=en");
        browser.clickAndWait(driver.findElement(By.linkText("Versions")));
        assertThat(main()).contains("Adopted", "Amendment", reason).doesNotContain("under way since");
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.linkText("with the previous version")));
        assertThat(driver.findElements(By.cssSelector("ins.diff")).stream().map(WebElement::getText))
                .anySatisfy(added -> assertThat(added).contains("committees"));
        assertThat(main()).contains("Open the records");
        browser.assertNoSeriousAccessibilityViolations();
    }

    private Long commitmentId(ActionPlan plan, HemicycleUser editor) {
        return commitments.wholeCommitmentsOf(editor, plan.getId()).get(0).commitment().getId();
    }

    private void signIn(String email) {
        open("/login?lang=en");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), Fixtures.PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
    }

    private void signOut() {
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
