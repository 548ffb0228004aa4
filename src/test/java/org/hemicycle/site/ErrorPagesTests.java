package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hemicycle.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Error pages come from the servlet container's error dispatch, so they are tested on a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ErrorPagesTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void notFoundPageSpeaksTheUsersLanguage() throws Exception {
        HttpResponse<String> spanish = get("/parliaments/atlantis?lang=es", "es");
        HttpResponse<String> french = get("/parliaments/atlantis", "fr-CA,fr;q=0.9");

        assertThat(spanish.statusCode()).isEqualTo(404);
        assertThat(spanish.body()).contains("<html lang=\"es\"", "Página no encontrada");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("<html lang=\"fr\"");
    }

    @Test
    void malformedAddressesGetA400PageNotAStackTrace() throws Exception {
        HttpResponse<String> response = get("/parliaments/chile/plans/2025-2027/commitments/first", "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The request could not be understood").doesNotContain("Exception");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("email=admin%40hemicycle.test&password=test-admin-password-1"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void afterRepeatedFailuresTheSignInPageSaysToWait() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String email = Fixtures.unique("locked") + "@example.org";
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            String form = browser.send(page("/login?lang=en"), HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
            last = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + email + "&password=guess" + attempt
                            + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("Too many failed sign-in attempts");
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Accept-Language", language)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
