package org.hemicycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.account.PlatformRole;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in as every kind of user over the demo installation, populated as a newcomer finds it, and follows
 * every link the signed-in site offers (GET only: forms that change things are never submitted). A page
 * that answers a server error, a broken link, or a template error anywhere fails the test.
 */
@HemicycleTest
class SignedInCrawlTests {

    private static final List<String> DEMO_PARLIAMENTS = List.of("chile", "costa-rica", "paraguay", "trinidad-and-tobago");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final int MAX_PAGES = 400;

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired ParliamentService parliaments;

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("admin", PlatformRole.ADMIN, null),
                Arguments.of("coordinator", PlatformRole.COORDINATOR, null),
                Arguments.of("point of contact", null, ParliamentRole.POINT_OF_CONTACT),
                Arguments.of("lead-body member", null, ParliamentRole.LEAD_BODY_MEMBER),
                Arguments.of("civil society", null, ParliamentRole.CIVIL_SOCIETY),
                Arguments.of("reviewer", null, ParliamentRole.REVIEWER),
                Arguments.of("no role", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void everyLinkOfTheSignedInSiteAnswersWithoutError(String who, PlatformRole platformRole,
                                                       ParliamentRole parliamentRole) throws Exception {
        String email = Fixtures.unique("crawler") + "@example.org";
        Long id = accounts.create(Fixtures.SETUP, new NewAccount(email, "Crawler " + who, Fixtures.PASSWORD, platformRole));
        if (parliamentRole != null) {
            for (String slug : DEMO_PARLIAMENTS) {
                Parliament parliament = parliaments.bySlug(slug);
                accounts.grant(Fixtures.SETUP, id, parliament.getId(), parliamentRole);
            }
        }
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email)
                        .password(Fixtures.PASSWORD))
                // People without any role (citizens) have no workspace: they land on their account.
                .andExpect(redirectedUrl(platformRole == null && parliamentRole == null ? "/account" : "/manage"))
                .andReturn().getRequest().getSession(false);

        List<String> failures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/manage", "/"));
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.removeFirst();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(path).session(session)).andReturn().getResponse();
            int status = response.getStatus();
            if (status >= 300 && status < 400 && response.getRedirectedUrl() != null) {
                local(response.getRedirectedUrl()).ifPresent(queue::addLast);
                continue;
            }
            String body = response.getContentAsString();
            if (status >= 400) {
                failures.add(status + " " + path);
                continue;
            }
            if (body.contains("TemplateInputException") || body.contains("TemplateProcessingException")) {
                failures.add("template error on " + path);
            }
            if (String.valueOf(response.getContentType()).startsWith("text/html")) {
                Matcher links = HREF.matcher(body);
                while (links.find()) {
                    local(links.group(1).replace("&amp;", "&")).ifPresent(queue::addLast);
                }
            }
        }

        assertThat(session.isInvalid()).as("the crawl must not have signed the %s out", who).isFalse();
        assertThat(failures).as("pages a %s reached", who).isEmpty();
        // The signed-in site was really walked, populated: the demo plans' pages are among those reached.
        assertThat(seen).as("pages a %s reached", who)
                .contains("/manage", "/account", "/account/delete", "/privacy", "/parliaments/chile/plans/2025-2027",
                        "/parliaments/chile/plans/2025-2027/commitments/1");
        if (platformRole == PlatformRole.ADMIN) {
            assertThat(seen).as("the outbox, with the demo's messages").contains("/admin/outbox");
        }
        if (parliamentRole != null || platformRole != null) {
            assertThat(seen).anyMatch(page -> page.startsWith("/manage/plans/") || page.startsWith("/parliaments/paraguay/plans/"));
        }
    }

    /** A link to a page of this site worth following, without its fragment; assets and the sign-out are not. */
    private static java.util.Optional<String> local(String href) {
        String link = href.startsWith("http://localhost") ? href.substring("http://localhost".length()) : href;
        int fragment = link.indexOf('#');
        if (fragment >= 0) {
            link = link.substring(0, fragment);
        }
        if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/assets/") || link.startsWith("/webjars/")
                || link.startsWith("/logout") || link.contains("lang=") || link.endsWith(".ico") || link.endsWith(".svg")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(link);
    }
}
