package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hemicycle.Fixtures;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The main journey of a plan team, in a real headless Chromium: sign in, create a plan, record steps 1 to 5,
 * draft two commitments with their activities and indicators, publish, and read the public pages signed
 * out, which axe-core checks for serious and critical accessibility violations.
 *
 * <p>Needs a headless Chromium and its driver: Debian's {@code chromium} and {@code chromium-driver} packages, or
 * those {@code CHROMIUM_PATH} and {@code CHROMEDRIVER_PATH} point to (see {@link Browser}); without them the test fails.
 */
// With the page cache on, as installations run: the journeys read pages right after saving them.
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hemicycle.page-cache.enabled=true")
@Import(Fixtures.class)
class PlanJourneyTests {

    private static final Duration WAIT = Browser.WAIT;
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    private Browser browser;
    private WebDriver driver;

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
    void aPlanTeamDraftsAndPublishesAPlanThatThePublicCanRead() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        String planTitle = Fixtures.unique("Open Parliament Plan");
        String leadBody = "Committee on Openness";
        String first = "Publish every committee vote as open data";
        String second = "Hold public hearings on the budget";

        // English whatever the machine's locale: the language switch sets a cookie that sticks.
        open("/?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

        // Sign in
        clickAndWait(driver.findElement(By.linkText("Sign in")));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        type(By.id("email"), editor.email());
        type(By.id("password"), Fixtures.PASSWORD);
        clickAndWait(submitOf("form[action$='/login']"));
        assertThat(path()).isEqualTo("/manage");
        assertThat(heading()).isEqualTo("Your plans");
        assertThat(main()).contains(parliament.getName());

        // Create the plan
        WebElement newPlan = driver.findElement(By.linkText("Start a new plan"));
        assertThat(newPlan.getDomAttribute("href")).endsWith("/manage/parliaments/" + parliament.getSlug() + "/plans/new");
        clickAndWait(newPlan);
        type(By.id("title"), planTitle);
        type(By.id("summary"), "How our parliament opens up in 2025 and 2026.");
        setDate(By.id("periodStart"), LocalDate.of(2025, 1, 1));
        setDate(By.id("periodEnd"), LocalDate.of(2026, 12, 31));
        new Select(driver.findElement(By.id("contentLanguage"))).selectByValue("en");
        clickAndWait(submitOf("form[action$='/parliaments/" + parliament.getSlug() + "/plans']"));
        Matcher workspaceUrl = Pattern.compile("/manage/plans/(\\d+)$").matcher(path());
        assertThat(workspaceUrl.find()).as("workspace URL, was %s", path()).isTrue();
        String workspace = workspaceUrl.group();
        assertThat(heading()).isEqualTo(planTitle);
        assertThat(phaseTag()).isEqualTo("Step 1 of 10: Build political will");

        // Moving on too early is refused, with the list of what is missing
        clickAndWait(submitOf("form[action$='/advance#advance']"));
        WebElement refusal = driver.findElement(By.cssSelector("main .error-summary"));
        assertThat(refusal.findElement(By.tagName("h2")).getText())
                .isEqualTo("The plan cannot move to step 2 (Lead parliamentary body) yet");
        assertThat(refusal.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(
                "how political will was built (step 1)", "which chambers take part (step 1)");
        assertThat(phaseTag()).isEqualTo("Step 1 of 10: Build political will");

        // Step 1: political will and both chambers
        openStep("political-will");
        type(By.id("politicalWill"), "Every party group signed the open parliament declaration.");
        List<WebElement> chambers = driver.findElements(By.cssSelector("input[type=checkbox][name=chamberIds]"));
        assertThat(chambers).hasSize(2);
        chambers.forEach(WebElement::click);
        saveStep("political-will");
        advanceTo("The plan moved to step 2: lead parliamentary body.");

        // Step 2: the lead body, its authorization mechanism and a member
        openStep("lead-body");
        type(By.id("memberName"), "Ana Example");
        type(By.id("party"), "Party A");
        type(By.id("role"), "Chair");
        clickAndWait(submitOf("form[action$='/members#add-member']"));
        assertThat(path()).endsWith("/steps/lead-body");
        assertThat(notice()).isEqualTo("Added.");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Ana Example", "Party A", "Chair");
        type(By.id("name"), leadBody);
        new Select(driver.findElement(By.id("authorizationMechanism"))).selectByValue("PLENARY_MOTION");
        saveStep("lead-body");
        advanceTo("The plan moved to step 3: point of contact.");

        // Step 3: the point of contact
        openStep("point-of-contact");
        type(By.id("name"), "Pat Contact");
        type(By.id("title"), "Deputy Clerk");
        saveStep("point-of-contact");
        advanceTo("The plan moved to step 4: civil society engagement.");

        // Step 4: selection criteria and one organization
        openStep("civil-society");
        type(By.id("name"), "Open Data Collective");
        new Select(driver.findElement(By.id("sector"))).selectByValue("CIVIL_SOCIETY");
        driver.findElement(By.cssSelector("input[type=checkbox][name=forumMember]")).click();
        clickAndWait(submitOf("form[action$='/organizations#add-organization']"));
        assertThat(path()).endsWith("/steps/civil-society");
        assertThat(driver.findElement(By.cssSelector("main table")).getText()).contains("Open Data Collective");
        type(By.id("selectionCriteria"), "An open call, judged on expertise and independence.");
        saveStep("civil-society");
        advanceTo("The plan moved to step 5: co-creation process design.");

        // Step 5: the co-creation process
        openStep("co-creation");
        type(By.id("inPersonMeetings"), "3");
        type(By.id("virtualMeetings"), "2");
        type(By.id("developmentTimeline"), "Six months, from January to June 2025.");
        type(By.id("rulesOfEngagement"), "Chatham House rules, minutes published.");
        type(By.id("decisionMaking"), "Consensus, then a plenary vote.");
        type(By.id("civilSocietyRole"), "Civil society sits on the monitoring panel.");
        type(By.id("communicationsPlan"), "A newsletter after each meeting.");
        saveStep("co-creation");
        advanceTo("The plan moved to step 6: co-creation and drafting.");
        assertThat(phaseTag()).isEqualTo("Step 6 of 10: Co-creation and drafting");

        // Step 6: two commitments, each with an activity and an indicator
        addCommitment(workspace, first, "OPEN_DATA", "Office of the Clerk",
                "Committee votes are only published as scanned minutes.",
                "Publish every committee vote in a machine-readable format within a day.",
                "Citizens and journalists can follow how their representatives vote.",
                "Roll-call open data portal", "Votes published", "0", "100", "%");
        addCommitment(workspace, second, "CITIZEN_PARTICIPATION", "Budget Committee",
                "The budget is debated without hearing the public.",
                "Hold two public hearings on each year's budget bill.",
                "Participation improves the budget's legitimacy.",
                "Budget hearings", "Hearings held", "0", "4", "hearings");
        open(workspace);
        assertThat(main()).contains("Commitments (2 of 10)", "1. " + first, "2. " + second);
        // Every Annex A field adoption will need is there.
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=next-step]")).getText())
                .contains("Everything this step needs is recorded.");

        // Publish, then sign out
        clickAndWait(driver.findElement(By.cssSelector("main a[href$='/publish']")));
        assertThat(heading()).isEqualTo("Publish this plan?");
        clickAndWait(submitOf("form[action$='/publish']"));
        assertThat(notice()).isEqualTo("The plan is now public.");
        assertThat(driver.findElement(By.cssSelector("main .tag--ok")).getText()).isEqualTo("Published");
        clickAndWait(submitOf("header form[action$='/logout']"));
        assertThat(driver.findElements(By.linkText("Sign in"))).hasSize(1);
        assertThat(driver.findElements(By.linkText("Your plans"))).isEmpty();

        // The public reads the plan, reached from the home page
        open("/");
        clickAndWait(driver.findElement(By.linkText(planTitle)));
        String planPage = "/parliaments/" + parliament.getSlug() + "/plans/2025-2026";
        assertThat(path()).isEqualTo(planPage);
        assertThat(heading()).isEqualTo(planTitle);
        // The page leads with progress and commitments; each step's record opens on demand, without JavaScript.
        assertThat(driver.findElement(By.id("commitments")).getLocation().getY())
                .isLessThan(driver.findElement(By.id("cycle")).getLocation().getY());
        assertThat(main()).doesNotContain("Every party group signed the open parliament declaration.");
        driver.findElements(By.cssSelector("main .timeline details:not([open]) > summary")).forEach(WebElement::click);
        assertThat(main()).contains(
                "Step 6 of 10: Co-creation and drafting",
                "1 Jan 2025 to 31 Dec 2026",
                "How our parliament opens up in 2025 and 2026.",
                "Every party group signed the open parliament declaration.",
                "Upper House", "Lower House",
                leadBody, "Ana Example",
                "Pat Contact", "Deputy Clerk",
                "Open Data Collective",
                "A newsletter after each meeting.",
                "Commitments (2)", "1. " + first, "2. " + second);
        assertThat(driver.findElements(By.linkText("Manage this plan"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("main .tag--draft"))).isEmpty();
        assertNoSeriousAccessibilityViolations();

        // ... and commitment 1's card
        clickAndWait(driver.findElement(By.linkText("1. " + first)));
        assertThat(path()).isEqualTo(planPage + "/commitments/1");
        assertThat(heading()).isEqualTo("1. " + first);
        assertThat(main()).contains(
                "Open data",
                "Commitment card (Annex A)",
                "1 Feb 2025 to 30 Jun 2026",
                "Office of the Clerk",
                "Committee votes are only published as scanned minutes.",
                "Publish every committee vote in a machine-readable format within a day.",
                "Citizens and journalists can follow how their representatives vote.",
                "Publish the votes of commitment 1", "Deliverable: Roll-call open data portal",
                "1 Mar 2025", "31 Dec 2025",
                "Votes published",
                "Chris Officer, Open data officer", "chris.officer@example.org");
        assertThat(summaryValue("Responsible institution or actor")).isEqualTo("Office of the Clerk");
        assertThat(summaryValue("Issue")).isEqualTo("Committee votes are only published as scanned minutes.");
        assertThat(driver.findElements(By.linkText("Edit this commitment"))).isEmpty();
        assertNoSeriousAccessibilityViolations();
    }

    // ---- the journey's steps

    private void openStep(String slug) {
        clickAndWait(driver.findElement(By.cssSelector("main table a[href$='/steps/" + slug + "']")));
        assertThat(path()).endsWith("/steps/" + slug);
    }

    private void saveStep(String slug) {
        clickAndWait(submitOf("form[action$='/steps/" + slug + "']"));
        assertThat(driver.findElements(By.cssSelector("main .error-summary")))
                .as("errors saving step %s", slug).extracting(WebElement::getText).isEmpty();
        assertThat(notice()).isEqualTo("The step's record was saved.");
    }

    private void advanceTo(String expectedNotice) {
        clickAndWait(submitOf("form[action$='/advance#advance']"));
        assertThat(driver.findElements(By.cssSelector("main .error-summary")))
                .as("refusal to advance").extracting(WebElement::getText).isEmpty();
        assertThat(notice()).isEqualTo(expectedNotice);
    }

    private void addCommitment(String workspace, String title, String pillar, String institution, String issue,
                               String description, String justification, String deliverable, String indicator,
                               String baseline, String target, String unit) {
        open(workspace);
        clickAndWait(driver.findElement(By.linkText("Add a commitment")));
        type(By.id("title"), title);
        new Select(driver.findElement(By.id("pillar"))).selectByValue(pillar);
        setDate(By.id("startDate"), LocalDate.of(2025, 2, 1));
        setDate(By.id("endDate"), LocalDate.of(2026, 6, 30));
        type(By.id("responsibleInstitution"), institution);
        type(By.id("issue"), issue);
        type(By.id("description"), description);
        type(By.id("justification"), justification);
        type(By.id("contactName"), "Chris Officer");
        type(By.id("contactTitle"), "Open data officer");
        type(By.id("contactEmail"), "chris.officer@example.org");
        clickAndWait(submitOf("form[action$='/commitments']"));
        assertThat(path()).matches(".*/manage/commitments/\\d+");
        assertThat(notice()).isEqualTo("The commitment was added. Now add its activities and indicators.");
        String commitment = path();
        int number = Integer.parseInt(heading().substring(0, heading().indexOf('.')));

        type(By.id("activity"), "Publish the votes of commitment " + number);
        type(By.id("deliverable"), deliverable);
        setDate(By.id("activityStart"), LocalDate.of(2025, 3, 1));
        setDate(By.id("activityEnd"), LocalDate.of(2025, 12, 31));
        clickAndWait(submitOf("form[action$='" + commitment + "/activities#add-activity']"));
        assertThat(notice()).isEqualTo("Added.");
        assertThat(driver.findElement(By.id("activity-list")).getText())
                .contains("Publish the votes of commitment " + number, "Deliverable: " + deliverable);

        type(By.id("name"), indicator);
        type(By.id("baseline"), baseline);
        type(By.id("target"), target);
        type(By.id("unit"), unit);
        clickAndWait(submitOf("form[action$='" + commitment + "/indicators#add-indicator']"));
        assertThat(notice()).isEqualTo("Added.");
        assertThat(driver.findElement(By.xpath("//h2[@id='indicators']/following-sibling::table[1]")).getText())
                .contains(indicator, target, unit);
    }

    private void assertNoSeriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .withFailMessage("Serious or critical accessibility violations on %s:%n%s", path(), describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + rule.getNodes().stream().map(PlanJourneyTests::describe).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "\n    " + node.getTarget() + " " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }

    // ---- browser helpers

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String path() {
        String url = driver.getCurrentUrl();
        String path = url.substring(url.indexOf('/', "http://".length()));
        int end = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        return end >= 0 ? path.substring(0, end) : path;
    }

    /** Clicks what submits a form or follows a link, and waits until the next page has replaced this one. */
    private void clickAndWait(WebElement element) {
        // A mark on this page's window, which the next page does not have. (Waiting for an element to go stale
        // is racy: the driver can report a node of the unloading page with a generic error instead.)
        ((JavascriptExecutor) driver).executeScript("window.hemicycleJourneyPreviousPage = true");
        element.click();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .withMessage(() -> "the page after clicking to load, still at " + driver.getCurrentUrl())
                .until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                        "return window.hemicycleJourneyPreviousPage === undefined && document.readyState === 'complete'")));
    }

    private WebElement submitOf(String form) {
        return driver.findElement(By.cssSelector(form + " button[type=submit]"));
    }

    private void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take their value in ISO form whatever the browser's locale shows, so set it directly. */
    private void setDate(By field, LocalDate date) {
        WebElement input = driver.findElement(field);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, date.toString());
        assertThat(input.getDomProperty("value")).isEqualTo(date.toString());
    }

    private String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private String notice() {
        return driver.findElement(By.cssSelector(".notice[role=status]")).getText();
    }

    private String phaseTag() {
        return driver.findElement(By.cssSelector("main .tag--phase")).getText();
    }

    /** The value a summary list on a public page shows for a label. */
    private String summaryValue(String label) {
        return driver.findElement(By.xpath("//dl[contains(@class,'summary-list')]/div[dt[normalize-space()='"
                + label + "']]/dd")).getText();
    }
}
