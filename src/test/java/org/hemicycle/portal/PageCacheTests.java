package org.hemicycle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Narrative;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanDetails;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanStepLists;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(properties = "hemicycle.page-cache.enabled=true")
@AutoConfigureMockMvc
@Import(Fixtures.class)
class PageCacheTests {

    /** The placeholder a stored copy carries instead of a reader's token, which no reader may ever see. */
    private static final Pattern PLACEHOLDER = Pattern.compile("csrf[0-9a-f]{32}");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void anonymousVisitorsGetAStoredCopyUntilSomethingChanges() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        cycle.publish(editor, plan.getId());
        fixtures.awaitEventsHandled();
        String url = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();

        MvcResult firstRead = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        assertThat(firstRead.getRequest().getSession(false)).as("a session opened for a visitor who reads a page").isNull();
        String first = firstRead.getResponse().getContentAsString();
        Statistics statistics = statistics();
        statistics.clear();
        String second = body(get(url));
        assertThat(statistics.getPrepareStatementCount()).as("statements for a stored page").isZero();
        assertThat(second).isEqualTo(first);

        cycle.updateDetails(editor, plan.getId(), new PlanDetails("Renamed after review", null,
                Fixtures.PLAN_START, Fixtures.PLAN_END, "en"), null);
        // The page cache hears of the change after the commit, on a listener's thread.
        fixtures.awaitEventsHandled();
        assertThat(body(get(url))).contains("Renamed after review");
    }

    @Test
    void aChangeToOnePlanDropsOnlyThatPlansPagesAndWhatListsIt() throws Exception {
        String chile = "/parliaments/chile/plans/2025-2027";
        String costaRica = "/parliaments/costa-rica/plans/2026-2028";
        List<String> untouched = List.of(costaRica, "/parliaments/costa-rica", "/api/v1/parliaments/costa-rica/plans/2026-2028");
        body(get(chile));
        for (String page : untouched) {
            body(get(page));
        }

        // Chile's plan team records its implementation strategy again, unchanged: the plan still announces a change.
        ActionPlan chilePlan = pages.page(Actor.VISITOR, "chile", "2025-2027").plan();
        cycle.recordImplementation(Fixtures.SETUP, chilePlan.getId(), new Narrative(chilePlan.getImplementationStrategy()), null);

        fixtures.awaitEventsHandled();
        Statistics statistics = statistics();
        statistics.clear();
        body(get(chile));
        assertThat(statistics.getPrepareStatementCount()).as("statements for Chile's plan page").isPositive();
        for (String page : untouched) {
            statistics.clear();
            body(get(page));
            assertThat(statistics.getPrepareStatementCount()).as("statements for %s, still stored", page).isZero();
        }
    }

    @Test
    void eachLanguageHasItsOwnCopy() throws Exception {
        String english = body(get("/parliaments/chile").cookie(new Cookie("hemicycle-lang", "en")));
        String spanish = body(get("/parliaments/chile").cookie(new Cookie("hemicycle-lang", "es")));
        assertThat(english).contains("<html lang=\"en\"");
        assertThat(spanish).contains("<html lang=\"es\"");
    }

    @Test
    void peopleWithTheSameRolesShareACopyInWhichEachFindsTheirOwnToken() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        HemicycleUser otherEditor = fixtures.editor(parliament);
        HemicycleUser civilSociety = fixtures.user(parliament, ParliamentRole.CIVIL_SOCIETY);
        ActionPlan plan = fixtures.plan(editor, parliament);
        cycle.publish(editor, plan.getId());
        fixtures.awaitEventsHandled();
        String url = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();
        MockHttpSession editorSession = new MockHttpSession();
        MockHttpSession otherSession = new MockHttpSession();

        String rendered = body(get(url).with(user(editor)).session(editorSession));
        body(get("/").with(user(otherEditor)).session(otherSession));   // their account's security version, read once
        Statistics statistics = statistics();
        statistics.clear();
        String stored = body(get(url).with(user(otherEditor)).session(otherSession));

        assertThat(statistics.getPrepareStatementCount()).as("statements for a stored page").isZero();
        assertThat(stored).contains("Manage this plan", "/logout").doesNotContainPattern(PLACEHOLDER);
        assertThat(tokenOf(stored)).isNotEqualTo(tokenOf(rendered));
        assertThat(stored.replace(tokenOf(stored), "")).isEqualTo(rendered.replace(tokenOf(rendered), ""));
        assertThat(body(get(url).with(user(civilSociety)))).as("another role's copy")
                .contains("/logout").doesNotContain("Manage this plan");
        assertThat(body(get(url))).as("the public's copy").doesNotContain("/logout", "Manage this plan");

        // The token in a stored copy is the reader's own: signing out with it works.
        mvc.perform(post("/logout").with(user(otherEditor)).session(otherSession).param("_csrf", tokenOf(stored)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/?signed-out"));
    }

    @Test
    void anEditorSeesWhatTheySavedOnTheVeryNextPageWithItsNotice() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        fixtures.awaitEventsHandled();
        String workspace = "/manage/plans/" + plan.getId();
        MockHttpSession session = new MockHttpSession();
        body(get(workspace).with(user(editor)).session(session));
        Statistics statistics = statistics();
        statistics.clear();
        assertThat(body(get(workspace).with(user(editor)).session(session))).doesNotContain("Renamed in the workspace");
        assertThat(statistics.getPrepareStatementCount()).as("statements for a stored workspace").isZero();

        mvc.perform(post(workspace + "/details").with(user(editor)).with(csrf()).session(session)
                        .param("title", "Renamed in the workspace").param("summary", "")
                        .param("periodStart", Fixtures.PLAN_START.toString()).param("periodEnd", Fixtures.PLAN_END.toString())
                        .param("contentLanguage", "en"))
                .andExpect(redirectedUrl(workspace));

        // No waiting for listeners: the redirect's page shows the change and, once, the notice.
        assertThat(body(get(workspace).with(user(editor)).session(session)))
                .contains("Renamed in the workspace", "Your changes were saved.");
        assertThat(body(get(workspace).with(user(editor)).session(session)))
                .contains("Renamed in the workspace").doesNotContain("Your changes were saved.");
    }

    @Test
    void theWorkspaceIsNeverKeptForVisitors() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        body(get("/manage/plans/" + plan.getId()).with(user(editor)));
        mvc.perform(get("/manage/plans/" + plan.getId())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void publicPagesTellSharedCachesHowToKeepThemAndAnswerConditionalRequests() throws Exception {
        String url = "/parliaments/chile/plans/2025-2027";
        MockHttpServletResponse first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        assertThat(lastModified).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=0, s-maxage=5, stale-while-revalidate=60");
        assertThat(first.getHeaderValues("Vary")).containsExactly("Accept-Language, Cookie");

        MockHttpServletResponse unchanged = mvc.perform(get(url).header("If-None-Match", etag))
                .andExpect(status().isNotModified()).andReturn().getResponse();
        assertThat(unchanged.getContentAsByteArray()).isEmpty();
        assertThat(unchanged.getHeader("ETag")).isEqualTo(etag);
        mvc.perform(get(url).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
        mvc.perform(get(url).header("If-None-Match", "\"0123456789abcdef01234567\"")).andExpect(status().isOk());

        MockHttpServletResponse spanish = mvc.perform(get(url + "?lang=es")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(spanish.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(spanish.getHeaderValues("Vary")).containsExactly("Cookie");
        Statistics statistics = statistics();
        statistics.clear();
        assertThat(body(get(url + "?lang=es"))).contains("<html lang=\"es\"");
        assertThat(statistics.getPrepareStatementCount()).as("statements for a stored page in a named language").isZero();
    }

    @Test
    void pagesForSignedInPeopleAreKeptByNoOneElse() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        for (String page : List.of("/parliaments/chile/plans/2025-2027", "/manage", "/account/password")) {
            MockHttpServletResponse response = mvc.perform(get(page).with(user(editor))).andExpect(status().isOk())
                    .andReturn().getResponse();
            assertThat(response.getHeader("Cache-Control")).as(page).isEqualTo("private, no-store");
            assertThat(response.getHeader("ETag")).as(page).isNull();
        }
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
    }

    private static String tokenOf(String page) {
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }
}
