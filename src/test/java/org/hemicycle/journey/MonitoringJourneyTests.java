package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hemicycle.Fixtures;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A commitment implemented and reported on, in a real headless Chromium: its point of contact posts an update with a
 * PDF as evidence and records an indicator reading; the public then reads the new progress, the evidence and the
 * chart, and downloads the plan's Annex A as a PDF. Each page checked by axe-core.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hemicycle.page-cache.enabled=true")
@Import(Fixtures.class)
class MonitoringJourneyTests {

    @LocalServerPort int port;
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
    void anUpdateWithAPdfAndAReadingAreReadByThePublicWhoDownloadsTheAnnexA(@TempDir Path files) throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        String planPath = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();
        Path evidence = files.resolve("portal-launch.pdf");
        writePdf(evidence, "Portal launched on 1 December 2025");

        signIn(editor.email());
        open(planPath + "/commitments/1?lang=en");
        assertThat(main()).contains("0% along");
        browser.clickAndWait(driver.findElement(By.linkText("Post a progress update")));
        browser.assertNoSeriousAccessibilityViolations();
        new Select(driver.findElement(By.id("activityId"))).selectByVisibleText("Publish the data");
        new Select(driver.findElement(By.id("status"))).selectByValue("COMPLETED");
        driver.findElement(By.id("percent")).clear();
        browser.type(By.id("narrative"), "The portal is online with every dataset of the first year.");
        driver.findElement(By.id("evidenceFile")).sendKeys(evidence.toAbsolutePath().toString());
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/progress/updates'] button[type=submit]")));
        assertThat(main()).contains("The portal is online with every dataset of the first year.", "portal-launch.pdf");

        new Select(driver.findElement(By.id("indicatorId"))).selectByIndex(1);
        browser.type(By.id("value"), "7");
        browser.type(By.id("source"), "Portal statistics");
        browser.clickAndWait(driver.findElement(By.cssSelector("form[action$='/progress/readings'] button[type=submit]")));
        assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("The reading is recorded.");
        browser.assertNoSeriousAccessibilityViolations();
        signOut();

        open(planPath + "/commitments/1?lang=en");
        assertThat(main()).contains("100% along · 1 of 1 activity done", "The portal is online with every dataset of the first year.",
                "Portal statistics");
        assertThat(driver.findElements(By.cssSelector("figure.indicator-chart svg"))).hasSize(1);
        assertThat(fetch(driver.findElement(By.linkText("portal-launch.pdf")).getAttribute("href")))
                .startsWith("%PDF".getBytes());
        browser.assertNoSeriousAccessibilityViolations();

        open(planPath + "?lang=en");
        browser.clickAndWait(driver.findElement(By.linkText("The commitments in the Annex A format")));
        assertThat(main()).contains("Commitment 1", "Open the records");
        browser.assertNoSeriousAccessibilityViolations();
        byte[] annex = fetch(driver.findElement(By.linkText("Download as PDF")).getAttribute("href"));
        try (PDDocument document = Loader.loadPDF(annex)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Annex A", "Open the records", "Publish the data");
        }
    }

    private static void writePdf(Path file, String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(line);
                text.endText();
            }
            document.save(file.toFile());
        }
    }

    private byte[] fetch(String address) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        return response.body();
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

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
