package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
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
        browser.assertNoSeriousAccessibilityViolations();
        browser.type(By.id("displayName"), "Marta");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), PASSWORD);
        browser.type(By.id("confirmPassword"), PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]")));
        assertThat(heading()).isEqualTo("Check your inbox");

        String body = jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc fetch first 1 rows only",
                String.class, email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("the confirmation link in %s", body).isTrue();
        open(link.group(1) + "?token=" + link.group(2));
        browser.assertNoSeriousAccessibilityViolations();
        browser.type(By.id("password"), PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/signup/confirm'] button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Your email address is confirmed");

        browser.type(By.id("email"), email);
        browser.type(By.id("password"), PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        assertThat(heading()).isEqualTo("Your account");
        browser.assertNoSeriousAccessibilityViolations();

        open(COSTA_RICA + "/forum?lang=en");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("3 members from parliament, 3 from civil society");
        browser.assertNoSeriousAccessibilityViolations();
        open(COSTA_RICA + "/meetings");
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.xpath("//h2[.='Coming meetings']/following-sibling::ul[1]//a")));
        assertThat(heading()).startsWith("Tercera sesión");
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/registration'] button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("You are registered for this meeting.");
        // Another visit shows this person's registration, never a copy kept for someone else.
        driver.navigate().refresh();
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("You are registered for this meeting.")
                .contains("Cancel my registration");

        String meeting = driver.getCurrentUrl();

        // Someone else signed in, with the same access as Marta (a citizen), is shown their own state, not hers: the
        // page cache, which keeps pages per access, does not keep this one.
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));
        var other = fixtures.user(fixtures.parliament(null));
        open("/login");
        browser.type(By.id("email"), other.email());
        browser.type(By.id("password"), Fixtures.PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
        driver.get(meeting);
        assertThat(driver.findElement(By.cssSelector("main")).getText()).doesNotContain("You are registered")
                .contains("Register to attend", "1 of 60 places taken");

        open(COSTA_RICA + "/meetings");
        browser.clickAndWait(driver.findElement(By.xpath("//h2[.='Meetings held']/following-sibling::ul[1]//a")));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Minutes", "Decisions");
        browser.assertNoSeriousAccessibilityViolations();
        open("/privacy");
        browser.assertNoSeriousAccessibilityViolations();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }


}
