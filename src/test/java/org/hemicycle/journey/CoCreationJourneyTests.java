package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hemicycle.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A citizen's first steps, in a real headless Chromium over the demo installation: signing up, confirming the address
 * through the link of the email (read from the outbox, as an installation without a mail server keeps it), signing
 * in, and registering for Costa Rica's next co-creation meeting; each page checked by axe-core.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hemicycle.page-cache.enabled=true")
@Import(Fixtures.class)
class CoCreationJourneyTests {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final Pattern LINK = Pattern.compile("http://localhost(/signup/confirm)\\?token=([\\w-]+)");
    private static final String COSTA_RICA = "/parliaments/costa-rica/plans/2026-2028";
    private static final String PASSWORD = "river cobalt meadow sprint";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Fixtures fixtures;

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
    void aCitizenSignsUpConfirmsSignsInAndRegistersForTheNextMeeting() {
        String email = Fixtures.unique("journey-citizen") + "@example.org";
        open("/signup?lang=en");
        assertNoSeriousAccessibilityViolations();
        type(By.id("displayName"), "Marta");
        type(By.id("email"), email);
        type(By.id("password"), PASSWORD);
        type(By.id("confirmPassword"), PASSWORD);
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]")));
        assertThat(heading()).isEqualTo("Check your inbox");

        String body = jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc fetch first 1 rows only",
                String.class, email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("the confirmation link in %s", body).isTrue();
        open(link.group(1) + "?token=" + link.group(2));
        assertNoSeriousAccessibilityViolations();
        type(By.id("password"), PASSWORD);
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/signup/confirm'] button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Your email address is confirmed");

        type(By.id("email"), email);
        type(By.id("password"), PASSWORD);
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        assertThat(heading()).isEqualTo("Your account");
        assertNoSeriousAccessibilityViolations();

        open(COSTA_RICA + "/forum?lang=en");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("3 members from parliament, 3 from civil society");
        assertNoSeriousAccessibilityViolations();
        open(COSTA_RICA + "/meetings");
        assertNoSeriousAccessibilityViolations();
        clickAndWait(driver.findElement(By.xpath("//h2[.='Coming meetings']/following-sibling::ul[1]//a")));
        assertThat(heading()).startsWith("Tercera sesión");
        assertNoSeriousAccessibilityViolations();
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/registration'] button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("You are registered for this meeting.");
        // Another visit shows this person's registration, never a copy kept for someone else.
        driver.navigate().refresh();
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("You are registered for this meeting.")
                .contains("Cancel my registration");

        String meeting = driver.getCurrentUrl();

        // Someone else signed in, with the same access as Marta (a citizen), is shown their own state, not hers: the
        // page cache, which keeps pages per access, does not keep this one.
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));
        var other = fixtures.user(fixtures.parliament(null));
        open("/login");
        type(By.id("email"), other.email());
        type(By.id("password"), Fixtures.PASSWORD);
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        driver.get(meeting);
        assertThat(driver.findElement(By.cssSelector("main")).getText()).doesNotContain("You are registered")
                .contains("Register to attend", "1 of 60 places taken");

        open(COSTA_RICA + "/meetings");
        clickAndWait(driver.findElement(By.xpath("//h2[.='Meetings held']/following-sibling::ul[1]//a")));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Minutes", "Decisions");
        assertNoSeriousAccessibilityViolations();
        open("/privacy");
        assertNoSeriousAccessibilityViolations();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    private void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void clickAndWait(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("window.hemicycleJourneyPreviousPage = true");
        element.click();
        new WebDriverWait(driver, Browser.WAIT).ignoring(WebDriverException.class)
                .until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                        "return window.hemicycleJourneyPreviousPage === undefined && document.readyState === 'complete'")));
    }

    private void assertNoSeriousAccessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored()).as("axe-core failed: %s", results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(blocking).withFailMessage("Serious or critical accessibility violations on %s:%n%s", driver.getCurrentUrl(),
                blocking.stream().map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> node.getTarget() + " " + node.getHtml()).collect(Collectors.joining("; ")))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }
}
