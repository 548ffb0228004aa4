package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.Indicator;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.NewIndicator;
import org.hemicycle.parliament.Parliament;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The number of SQL statements a public page runs does not grow with what the plan holds (no N+1). */
@HemicycleTest
class QueryCountTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CommitmentService commitments;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void planPageStatementsDoNotGrowWithCommitmentsAndActivities() throws Exception {
        String small = publishedPlan(1, 1);
        String large = publishedPlan(10, 4);

        long smallCount = statementsFor(small);
        long largeCount = statementsFor(large);

        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(smallCount).as("statements on the plan page").isBetween(4L, 12L);
    }

    @Test
    void commitmentPageStatementsDoNotGrowWithActivitiesAndIndicators() throws Exception {
        String small = publishedPlan(1, 1);
        String large = publishedPlan(2, 8);

        long smallCount = statementsFor(small + "/commitments/1");
        long largeCount = statementsFor(large + "/commitments/2");

        assertThat(largeCount).isEqualTo(smallCount);
        // Two of them for the monitoring: its updates (none yet here) and its indicators' readings.
        assertThat(smallCount).as("statements on the commitment page").isBetween(3L, 10L);
    }

    @Test
    void homeAndParliamentPagesDoNotGrowWithPlans() throws Exception {
        long homeBefore = statementsFor("/");
        Parliament parliament = fixtures.parliament(null);
        // As every request after the first finds it: the parliament and its chambers are kept once read.
        statementsFor("/parliaments/" + parliament.getSlug());
        long parliamentBefore = statementsFor("/parliaments/" + parliament.getSlug());
        HemicycleUser editor = fixtures.editor(parliament);
        // One plan per period: each cycle of this parliament has its own years.
        IntStream.range(0, 3).forEach(i -> cycle.publish(editor, cycle.create(editor, parliament.getId(),
                new PlanDetails("Cycle " + i, null, java.time.LocalDate.of(2025 + 2 * i, 1, 1),
                        java.time.LocalDate.of(2026 + 2 * i, 12, 31), "en"), LocalDate.now()).getId()));

        assertThat(statementsFor("/")).isEqualTo(homeBefore);
        assertThat(statementsFor("/parliaments/" + parliament.getSlug())).isEqualTo(parliamentBefore);
    }

    private String publishedPlan(int commitmentCount, int activitiesEach) {
        Parliament parliament = fixtures.parliament(2015);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        {
            for (int c = 0; c < commitmentCount; c++) {
                Commitment commitment = commitments.add(editor, plan.getId(), Fixtures.completeCommitment("Commitment " + c));
                for (int a = 0; a < activitiesEach; a++) {
                    commitments.addActivity(editor, commitment.getId(), new NewActivity("Activity " + a, "Deliverable",
                            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)));
                    commitments.addIndicator(editor, commitment.getId(), new NewIndicator("Indicator " + a, "0", "1", null));
                }
            }
            cycle.publish(editor, plan.getId());
        }
        return "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
