package org.hemicycle.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.HemicycleApplication;
import org.hemicycle.TestDatabaseInitializer;
import org.hemicycle.parliament.ParliamentService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, as a cluster behind a load balancer runs them (hemicycle.cluster=true),
 * over real HTTP: a visitor is served stored copies without a session, a session opened on one is good on the other, failed sign-ins counted on one count on the other, and a role
 * revoked on one ends the account's session on the other at once.
 */
class TwoNodesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--hemicycle.cluster=true",
                "--hemicycle.page-cache.enabled=true"));
        if (!TestDatabaseInitializer.onPostgres()) {
            // Their own database, shared by the two nodes only (on PostgreSQL, every context of the suite shares one).
            settings.add("--spring.datasource.url=jdbc:h2:mem:two-nodes;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }
        nodeA = new SpringApplicationBuilder(HemicycleApplication.class).run(settings.toArray(String[]::new));
        nodeB = new SpringApplicationBuilder(HemicycleApplication.class).run(settings.toArray(String[]::new));
    }

    @AfterAll
    static void stopThem() {
        nodeB.close();
        nodeA.close();
    }

    @Test
    void aSessionOpenedOnOneNodeIsGoodOnTheOther() throws Exception {
        Browser browser = new Browser();
        String email = account("shared-session");
        assertThat(browser.signIn(nodeA, email, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account"));
        HttpResponse<String> onB = browser.get(nodeB, "/account");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("/logout");
        assertThat(onB.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    }

    @Test
    void aVisitorIsServedTheStoredCopyWithNoSessionAndNoStatement() throws Exception {
        Browser visitor = new Browser();
        String plan = "/parliaments/chile/plans/2025-2027";
        HttpResponse<String> first = visitor.get(nodeA, plan);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Set-Cookie")).as("a visitor reading a page gets no session").isEmpty();
        Statistics statistics = nodeA.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        HttpResponse<String> second = visitor.get(nodeA, plan);
        assertThat(statistics.getPrepareStatementCount()).as("statements for the stored copy").isZero();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    }

    @Test
    void failedSignInsOnOneNodeCountOnTheOther() throws Exception {
        String email = account("guessed");
        Browser guesser = new Browser();
        for (int i = 0; i < 3; i++) {   // the suite's limit per account and address
            assertThat(guesser.signIn(nodeA, email, "not the password " + i).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        assertThat(guesser.signIn(nodeB, email, PASSWORD).statusCode()).as("even the right password, on the other node")
                .isEqualTo(429);
    }

    @Test
    void aRoleRevokedOnOneNodeEndsTheSessionOnTheOtherAtOnce() throws Exception {
        String email = account("revoked");
        AccountService accountsOnA = nodeA.getBean(AccountService.class);
        Long accountId = accountsOnA.all(Actor.platform("Two-node test")).stream()
                .filter(summary -> summary.email().equals(email)).findFirst().orElseThrow().id();
        Long chile = nodeA.getBean(ParliamentService.class).bySlug("chile").getId();
        accountsOnA.grant(Actor.platform("Two-node test"), accountId, chile, ParliamentRole.POINT_OF_CONTACT);
        Browser browser = new Browser();
        browser.signIn(nodeA, email, PASSWORD);
        assertThat(browser.get(nodeB, "/manage").statusCode()).isEqualTo(200);
        // Node B has just checked this session's security version, and remembers it.

        Long grantId = accountsOnA.summary(Actor.platform("Two-node test"), accountId).grants().get(0).id();
        accountsOnA.revoke(Actor.platform("Two-node test"), accountId, grantId);

        HttpResponse<String> onB = browser.get(nodeB, "/manage");
        assertThat(onB.statusCode()).isEqualTo(302);
        assertThat(onB.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    private static final String PASSWORD = "Correct-horse-battery-staple-42";

    private static String account(String name) {
        String email = name + "-" + System.nanoTime() + "@example.org";
        nodeA.getBean(AccountService.class).create(Actor.platform("Two-node test"),
                new NewAccount(email, "Two-node " + name, PASSWORD, null));
        return email;
    }

    /** One person's browser: keeps its cookies, whichever node answers, and does not follow redirects. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
            return client.send(HttpRequest.newBuilder(address(node, path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
            Matcher token = CSRF.matcher(get(node, "/login").body());
            assertThat(token.find()).isTrue();
            String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
            return client.send(HttpRequest.newBuilder(address(node, "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static URI address(ConfigurableApplicationContext node, String path) {
            return URI.create("http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort() + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
