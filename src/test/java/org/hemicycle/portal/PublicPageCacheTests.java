package org.hemicycle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.hemicycle.Fixtures;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(properties = "hemicycle.page-cache.enabled=true")
@AutoConfigureMockMvc
@Import(Fixtures.class)
class PublicPageCacheTests {

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

        String first = body(get(url));
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
    void eachLanguageHasItsOwnCopyAndSignedInPeopleAlwaysGetAFreshPage() throws Exception {
        String english = body(get("/parliaments/chile").cookie(new Cookie("hemicycle-lang", "en")));
        String spanish = body(get("/parliaments/chile").cookie(new Cookie("hemicycle-lang", "es")));
        assertThat(english).contains("<html lang=\"en\"");
        assertThat(spanish).contains("<html lang=\"es\"");

        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        body(get("/parliaments/chile").with(user(editor)));
        Statistics statistics = statistics();
        statistics.clear();
        assertThat(body(get("/parliaments/chile").with(user(editor)))).contains("/logout");
        assertThat(statistics.getPrepareStatementCount()).as("statements for a signed-in page").isPositive();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }
}
