package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hemicycle.account.AccountService;
import org.hemicycle.parliament.ParliamentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;

/**
 * A real server, on a database of its own: it answers only once the installation is loaded, and behind an
 * HTTPS proxy it marks the session cookie Secure and sends HSTS.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:startup-order;DB_CLOSE_DELAY=-1",
        "server.forward-headers-strategy=native"})
@Import(StartupAndProxyTests.Witness.class)
class StartupAndProxyTests {

    @LocalServerPort int port;
    @Autowired Witness witness;

    @Test
    void theServerStartsOnlyOnceTheDemoAndTheAdminAreLoaded() {
        assertThat(witness.parliamentsWhenServing).as("parliaments when the server started").isGreaterThanOrEqualTo(4);
        assertThat(witness.adminWhenServing).as("an admin existed when the server started").isTrue();
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> direct = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(direct.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** Looks at the database at the moment the web server starts taking requests. */
    @TestConfiguration
    static class Witness implements ApplicationListener<WebServerInitializedEvent> {

        private final ParliamentService parliaments;
        private final AccountService accounts;
        int parliamentsWhenServing = -1;
        boolean adminWhenServing;

        Witness(ParliamentService parliaments, AccountService accounts) {
            this.parliaments = parliaments;
            this.accounts = accounts;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            parliamentsWhenServing = parliaments.all().size();
            adminWhenServing = accounts.hasAdmin();
        }
    }
}
