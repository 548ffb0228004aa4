package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.TestSmtp;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.parliament.ParliamentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A consultation from both sides, in a real headless Chromium over the demo installation, with every email sent over
 * SMTP to a GreenMail server: a citizen signs up (confirming through the link of the email received), starts writing
 * an idea and is shown Costa Rica's similar one while typing, submits theirs all the same; the point of contact
 * answers it from the list of unanswered ideas, accepting it into a draft commitment; the citizen gets the email,
 * follows it to the answer, and finds the idea on the commitment's page. Each page checked by axe-core.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {"hemicycle.page-cache.enabled=true", "spring.mail.host=localhost",
        "hemicycle.mail.from=Hemicycle <no-reply@hemicycle.test>",
        // On H2, a database of its own, with its own demo installation: no other context delivers its mail.
        "spring.datasource.url=jdbc:h2:mem:consultation-journey;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
@Import(Fixtures.class)
class ConsultationJourneyTests {

    private static final Pattern LINK = Pattern.compile("http://localhost(/[^\\s?]+)(\\?token=[\\w-]+)?");
    private static final String COSTA_RICA = "/parliaments/costa-rica/plans/2026-2028";
    private static final String PASSWORD = "harbour violet lantern thistle";
    private static final String IDEA = "Votación nominal de cada diputado";
    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ParliamentService parliaments;

    private Browser browser;
    private ChromeDriver driver;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

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
    void aCitizensIdeaIsAnsweredAcceptedIntoACommitmentAndTheCitizenIsToldByEmail() throws Exception {
        String email = Fixtures.unique("journey-idea") + "@example.org";
        open("/signup?lang=en");
        browser.type(By.id("displayName"), "Ana");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), PASSWORD);
        browser.type(By.id("confirmPassword"), PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/signup'] button[type=submit]")));
        Matcher confirmation = link(SMTP.awaitMessage(email, 1));
        open(confirmation.group(1) + confirmation.group(2));
        browser.type(By.id("password"), PASSWORD);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/signup/confirm'] button[type=submit]")));
        signIn(email, PASSWORD);

        open(COSTA_RICA + "/consultations");
        browser.clickAndWait(driver.findElement(By.cssSelector("main ul a")));
        String consultation = driver.getCurrentUrl();
        browser.assertNoSeriousAccessibilityViolations();
        // While the citizen writes, the idea Costa Rica's consultation already holds is offered to support instead.
        browser.type(By.id("title"), IDEA);
        browser.type(By.id("body"), "Saber cómo vota cada diputada y diputado en las comisiones.");
        assertThat(browser.textOnceHtmxIsIdle("#similar a")).isEqualTo("Votaciones nominales en datos abiertos");
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.cssSelector("#idea-form button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("body")).getText()).contains("Your idea is published", IDEA);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));

        // The point of contact answers it from what awaits an answer, the oldest first.
        HemicycleUser contact = fixtures.user(parliaments.bySlug("costa-rica"), ParliamentRole.POINT_OF_CONTACT);
        signIn(contact.email(), Fixtures.PASSWORD);
        driver.get(consultation);
        browser.clickAndWait(driver.findElement(By.linkText("Answer the ideas")));
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.linkText(IDEA)));
        browser.assertNoSeriousAccessibilityViolations();
        new Select(driver.findElement(By.id("kind"))).selectByValue("ACCEPTED");
        browser.type(By.id("text"), "El Foro la suma al compromiso de votaciones nominales: también las de comisión.");
        new Select(driver.findElement(By.id("commitmentId"))).selectByVisibleText("1. Votaciones nominales en formato abierto");
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/answer'] button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("body")).getText()).contains("The answer is published");
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")));

        // The citizen reads the answer by email, in the language they signed up in, and follows it.
        MimeMessage answer = SMTP.awaitMessage(email, 2);
        assertThat(answer.getSubject()).isEqualTo("Your idea \"" + IDEA + "\" has an answer");
        String body = (String) answer.getContent();
        assertThat(body).contains("Accepted", "también las de comisión");
        Matcher ideaLink = link(answer);
        open(ideaLink.group(1) + "?lang=en");
        assertThat(driver.findElement(By.cssSelector("main")).getText())
                .contains("Accepted", "también las de comisión", "Accepted into 1. Votaciones nominales en formato abierto");
        browser.assertNoSeriousAccessibilityViolations();
        browser.clickAndWait(driver.findElement(By.partialLinkText("Votaciones nominales en formato abierto")));
        assertThat(driver.findElement(By.id("shaped-by")).getText()).isEqualTo("The 3 contributions that shaped it");
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=shaped-by] a")).stream().map(WebElement::getText))
                .contains(IDEA, "Votaciones nominales en datos abiertos");
        browser.assertNoSeriousAccessibilityViolations();
    }

    private void signIn(String email, String password) {
        open("/login?lang=en");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
    }


    private static Matcher link(MimeMessage message) throws IOException, MessagingException {
        String body = (String) message.getContent();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in %s", body).isTrue();
        return link;
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }


}
