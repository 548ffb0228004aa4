package org.hemicycle.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan dashboard and the parliament's dashboard across its cycles, populated, and their statement counts. */
@HemicycleTest
class DashboardPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CommitmentService commitments;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void thePlanDashboardShowsProgressCompletionTheOverdueAndTheTimelineWithItsTable() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();

        mvc.perform(get(path).param("lang", "en")).andExpect(content().string(containsString("href=\"" + path + "/dashboard\"")));
        mvc.perform(get(path + "/dashboard").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Dashboard: <span lang=\"en\">" + plan.getTitle())))
                .andExpect(content().string(containsString("1. Open the records")))
                .andExpect(content().string(containsString("1 activity overdue")))
                .andExpect(content().string(containsString("<span class=\"distribution-level\">Not started</span>")))
                .andExpect(content().string(containsString("class=\"gantt-span gantt-span--overdue\"")))
                // Today (the test's day) falls within a plan running to 31 December 2026 only until then.
                .andExpect(content().string(LocalDate.now().isAfter(Fixtures.PLAN_END)
                        ? not(containsString("class=\"gantt-today\"")) : containsString("class=\"gantt-today\"")))
                .andExpect(content().string(containsString(">2026</text>")))
                .andExpect(content().string(containsString("The activities, commitment by commitment, each by start date")))
                .andExpect(content().string(containsString("Publish the data")))
                .andExpect(content().string(containsString("Overdue")));
        for (String language : new String[] {"es", "fr", "pt"}) {
            mvc.perform(get(path + "/dashboard").param("lang", language)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("dashboard."))));
        }
    }

    @Test
    void theParliamentDashboardListsEveryPublicPlanWithWhereItStandsAndNoDraft() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan adopted = fixtures.adoptedPlan(editor, parliament);
        ActionPlan draft = fixtures.plan(editor, parliament, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
        String path = "/parliaments/" + parliament.getSlug();

        mvc.perform(get(path).param("lang", "en")).andExpect(content().string(containsString("href=\"" + path + "/dashboard\"")));
        mvc.perform(get(path + "/dashboard").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(adopted.getTitle())))
                .andExpect(content().string(containsString("href=\"" + path + "/plans/" + adopted.getSlug() + "/dashboard\"")))
                .andExpect(content().string(containsString("0 of 1 (0%)")))
                .andExpect(content().string(containsString("<span class=\"tag tag--warning\">1</span>")))
                .andExpect(content().string(containsString("Not started: 1")))
                .andExpect(content().string(not(containsString(draft.getTitle()))));
        mvc.perform(get(path + "/dashboard").param("lang", "en").with(user(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(draft.getTitle())));
    }

    @Test
    void neitherDashboardReadsMoreStatementsForMoreCommitmentsActivitiesOrPlans() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment first = fixtures.completeCommitmentWithWork(editor, plan.getId(), "First");
        String dashboard = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/dashboard";
        String across = "/parliaments/" + parliament.getSlug() + "/dashboard";
        // Once each first, so that what is read once and kept (the parliament, the signed-in account) is out of the count.
        statementsFor(get(dashboard).with(user(editor)));
        statementsFor(get(across).with(user(editor)));
        long planOnce = statementsFor(get(dashboard).with(user(editor)));
        long acrossOnce = statementsFor(get(across).with(user(editor)));

        for (int i = 0; i < 3; i++) {
            Commitment more = fixtures.completeCommitmentWithWork(editor, plan.getId(), "More " + i);
            commitments.addActivity(editor, more.getId(), new NewActivity("Also " + i, null, LocalDate.of(2025, 4, 1),
                    LocalDate.of(2025, 5, 1)));
            fixtures.plan(editor, parliament, LocalDate.of(2027 + 2 * i, 1, 1), LocalDate.of(2028 + 2 * i, 12, 31));
        }
        commitments.addActivity(editor, first.getId(), new NewActivity("Second", null, LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 5, 1)));

        assertThat(statementsFor(get(dashboard).with(user(editor)))).isEqualTo(planOnce);
        assertThat(statementsFor(get(across).with(user(editor)))).isEqualTo(acrossOnce);
    }

    private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(request).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
