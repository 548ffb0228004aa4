package org.hemicycle.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hemicycle.Fixtures;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.account.PlatformRole;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The demo installation's pages, public and signed in, on a 360 px phone: none scrolls sideways. On a desktop,
 * tables nested in a commitment's card use the card's whole width.
 */
// With the page cache on, as installations run: the journeys read pages right after saving them.
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "hemicycle.page-cache.enabled=true")
@Import(Fixtures.class)
class ResponsiveLayoutTests {

    private static final int PHONE = 360;
    private static final String CHILE_PLAN = "/parliaments/chile/plans/2025-2027";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired ParliamentService parliaments;

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
    void publicPagesFitAPhoneAndNestedTablesUseTheDesktopWidth() {
        open("/?lang=en");
        open(CHILE_PLAN + "/commitments/2");
        List<WebElement> nested = driver.findElements(By.cssSelector("main dl.summary-list table"));
        assertThat(nested).as("activity and indicator tables on the commitment page").hasSizeGreaterThanOrEqualTo(2);
        double cardWidth = driver.findElement(By.cssSelector("main dl.summary-list")).getRect().getWidth();
        assertThat(nested).allSatisfy(table -> assertThat((double) table.getRect().getWidth())
                .as("width of a table nested in the commitment card").isGreaterThan(0.95 * cardWidth));

        browser.emulateWidth(PHONE);
        assertNoSidewaysScrolling(List.of("/", "/parliaments/chile", CHILE_PLAN, CHILE_PLAN + "/commitments/2",
                CHILE_PLAN + "/commitments/1", "/parliaments/trinidad-and-tobago/plans/2026-2028",
                "/parliaments/costa-rica/plans/2026-2028/forum", "/parliaments/costa-rica/plans/2026-2028/meetings",
                "/signup", "/privacy"));
        open("/parliaments/costa-rica/plans/2026-2028/consultations");
        String consultation = href("main ul a");
        open(consultation);
        String idea = href("main .idea-list h3 a");
        assertNoSidewaysScrolling(List.of(consultation, idea, "/parliaments/costa-rica/plans/2026-2028/commitments/1",
                consultation + "/hidden", "/parliaments/costa-rica/plans/2026-2028/scorecard",
                "/parliaments/costa-rica/plans/2026-2028/repository", "/parliaments/costa-rica/plans/2026-2028/follow",
                CHILE_PLAN + "/versions", CHILE_PLAN + "/versions/1", CHILE_PLAN + "/versions/compare?from=1&to=3",
                consultation + "/commitments/1/issue", CHILE_PLAN + "/review", CHILE_PLAN + "/annex-a",
                CHILE_PLAN + "/reports/mid-term", CHILE_PLAN + "/reports/end-of-term", CHILE_PLAN + "/dashboard",
                "/parliaments/chile/dashboard", CHILE_PLAN + "/news"));
    }

    /** axe-core on the co-creation pages a newcomer reads, as the demo fills them, on a desktop and on a phone. */
    @Test
    void coCreationPagesHaveNoSeriousAccessibilityViolations() {
        String plan = "/parliaments/costa-rica/plans/2026-2028";
        open(plan + "/meetings?lang=en");
        String meeting = href("main ul a[href*='/meetings/']");
        open(plan + "/consultations?lang=en");
        String consultation = href("main ul a");
        List<String> pages = List.of(plan + "/forum", plan + "/meetings", meeting, consultation, consultation + "/hidden",
                plan + "/scorecard", plan + "/repository", plan + "/follow", consultation + "/commitments/1/issue",
                CHILE_PLAN + "/versions",
                CHILE_PLAN + "/versions/2", CHILE_PLAN + "/versions/compare?from=1&to=3", CHILE_PLAN + "/dashboard",
                "/parliaments/chile/dashboard", CHILE_PLAN + "/review", CHILE_PLAN + "/news");
        for (int width : new int[] {0, PHONE}) {
            if (width > 0) {
                browser.emulateWidth(width);
            }
            for (String page : pages) {
                open(page + (page.contains("?") ? "&" : "?") + "lang=es");
                browser.assertNoSeriousAccessibilityViolations();
            }
        }
    }

    @Test
    void publicTablesKeepTheirWordsWholeAndLabelEachValueOnAPhone() {
        browser.emulateWidth(PHONE);
        Map<String, List<?>> brokenWords = new LinkedHashMap<>();
        Map<String, List<?>> unlabelled = new LinkedHashMap<>();
        for (String path : List.of(CHILE_PLAN, CHILE_PLAN + "/commitments/2", CHILE_PLAN + "/commitments/1",
                "/parliaments/chile", CHILE_PLAN + "/dashboard", "/parliaments/chile/dashboard")) {
            open(path + "?lang=en");
            // The plan's steps (lead body, organizations, meetings) are in closed <details> but for the current one.
            driver.executeScript("document.querySelectorAll('main details').forEach(d => d.open = true)");
            assertThat(driver.findElements(By.cssSelector("main td"))).as("table cells on %s", path).isNotEmpty();
            List<?> broken = (List<?>) driver.executeScript(WORDS_BROKEN_IN_CELLS);
            if (!broken.isEmpty()) {
                brokenWords.put(path, broken);
            }
            List<?> withoutLabel = (List<?>) driver.executeScript(VALUES_WITHOUT_A_VISIBLE_LABEL);
            if (!withoutLabel.isEmpty()) {
                unlabelled.put(path, withoutLabel);
            }
        }
        assertThat(brokenWords).as("words split across lines in table cells at %d px, though they fit on a line", PHONE)
                .isEmpty();
        assertThat(unlabelled).as("table values shown without their column's label at %d px", PHONE).isEmpty();
    }

    /**
     * Every word (between spaces, hyphens, dashes and slashes) of every table cell in main that the browser laid
     * out on more than one line although it is narrower than the width the table has: "Da/te", "500/0".
     */
    private static final String WORDS_BROKEN_IN_CELLS = """
            const broken = [];
            for (const cell of document.querySelectorAll('main td, main th')) {
              const room = (cell.closest('table').parentElement || cell).clientWidth;
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const words = /[^\\s\\-\\u2010-\\u2015\\/]+/g;
                let word;
                while ((word = words.exec(node.data)) !== null) {
                  const range = document.createRange();
                  range.setStart(node, word.index);
                  range.setEnd(node, word.index + word[0].length);
                  const rects = [...range.getClientRects()].filter(r => r.width > 0);
                  const lines = new Set(rects.map(r => Math.round(r.top)));
                  const width = rects.reduce((sum, r) => sum + r.width, 0);
                  if (lines.size > 1 && width <= room) {
                    broken.push(cell.tagName.toLowerCase() + ' "' + word[0] + '" on ' + lines.size + ' lines');
                  }
                }
              }
            }
            return broken;
            """;

    /** The visible value cells of table bodies in main, but for each row's first (its name), that show no label. */
    private static final String VALUES_WITHOUT_A_VISIBLE_LABEL = """
            const missing = [];
            for (const cell of document.querySelectorAll('main tbody td:not(:first-child)')) {
              if (cell.getClientRects().length === 0) continue;
              const label = cell.querySelector('.cell-label');
              if (!label || label.getClientRects().length === 0 || !label.textContent.trim()) {
                missing.push(cell.textContent.trim());
              }
            }
            return missing;
            """;

    @Test
    void signedInPagesWithListsFitAPhone() {
        // A network coordinator who is also Chile's point of contact sees the plan team's and the admin's pages.
        Parliament chile = parliaments.bySlug("chile");
        String email = Fixtures.unique("phone") + "@example.org";
        Long account = accounts.create(Fixtures.SETUP, new NewAccount(email, "Phone Reader", Fixtures.PASSWORD, PlatformRole.COORDINATOR));
        accounts.grant(Fixtures.SETUP, account, chile.getId(), ParliamentRole.POINT_OF_CONTACT);

        open("/login?lang=en");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.urlMatches(".*/manage$"));

        String workspace = href("main a[href*='/manage/plans/']");
        open(workspace);
        String editor = href("main a[href*='/manage/commitments/']");
        open(editor);
        String removeActivity = href("#activity-list a[href$='/delete']");

        browser.emulateWidth(PHONE);
        assertNoSidewaysScrolling(List.of("/manage", workspace, workspace + "/steps/political-will",
                workspace + "/steps/lead-body", workspace + "/steps/civil-society", workspace + "/steps/co-creation",
                workspace + "/steps/adoption", editor, removeActivity, "/admin/users", "/admin/users/" + account,
                "/manage/parliaments/chile/plans/new", editor + "/progress", workspace + "/news", workspace + "/due"));

        // The signed-in lists keep their words whole too: dashboard, steps of the cycle, accounts.
        Map<String, List<?>> brokenWords = new LinkedHashMap<>();
        for (String path : List.of("/manage", workspace, "/admin/users")) {
            open(path);
            List<?> broken = (List<?>) driver.executeScript(WORDS_BROKEN_IN_CELLS);
            if (!broken.isEmpty()) {
                brokenWords.put(path, broken);
            }
        }
        assertThat(brokenWords).as("words split across lines in table cells at %d px, though they fit on a line", PHONE)
                .isEmpty();
    }

    private void assertNoSidewaysScrolling(List<String> paths) {
        Map<String, String> tooWide = new LinkedHashMap<>();
        for (String path : paths) {
            open(path);
            assertThat(driver.findElements(By.cssSelector("main"))).as("page %s", path).isNotEmpty();
            List<Number> widths = new ArrayList<>();
            for (Object width : (List<?>) driver.executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth]")) {
                widths.add((Number) width);
            }
            int scrollWidth = widths.get(0).intValue();
            int visibleWidth = Math.min(widths.get(1).intValue(), widths.get(2).intValue());
            if (scrollWidth > visibleWidth) {
                tooWide.put(path, scrollWidth + " px wide in a " + visibleWidth + " px window, widest: "
                        + driver.executeScript(WIDEST_ELEMENT));
            }
        }
        assertThat(tooWide).as("pages that scroll sideways at %d px", PHONE).isEmpty();
    }

    /** Names the element reaching furthest right, to say what makes a page too wide. */
    private static final String WIDEST_ELEMENT = """
            let widest = null, right = 0;
            for (const element of document.querySelectorAll('body *')) {
              const edge = element.getBoundingClientRect().right;
              if (edge > right) { right = edge; widest = element; }
            }
            return widest ? widest.tagName.toLowerCase() + '.' + widest.className + ' (right edge ' + Math.round(right) + ')' : '';
            """;

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private String href(String selector) {
        String href = driver.findElement(By.cssSelector(selector)).getDomAttribute("href");
        return href.startsWith("http") ? href.substring(href.indexOf('/', "http://".length())) : href;
    }
}
