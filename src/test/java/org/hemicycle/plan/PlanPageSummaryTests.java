package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.internal.CommitmentEntity;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public plan page leads with where the plan stands, then its commitments, then the record of its cycle. */
@HemicycleTest
class PlanPageSummaryTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired CommitmentService commitments;

    @Test
    void progressAddsUpActivitiesAndCountsCommitmentsByCompletion() {
        CommitmentEntity first = new CommitmentEntity(1L, 1, Fixtures.completeCommitment("First"));
        CommitmentEntity second = new CommitmentEntity(1L, 2, Fixtures.completeCommitment("Second"));
        PlanProgress progress = PlanProgress.of(List.of(new CommitmentSummary(first, 4, 1, 25),
                new CommitmentSummary(second, 2, 2, 100)));

        assertThat(progress.activities()).isEqualTo(6);
        assertThat(progress.activitiesCompleted()).isEqualTo(3);
        assertThat(progress.percent()).isEqualTo(50);
        assertThat(progress.completionCounts()).containsExactly(Map.entry(Completion.NOT_STARTED, 2L));
        assertThat(PlanProgress.of(List.of()).percent()).isZero();
    }

    @Test
    void thePlanPageShowsProgressThenCommitmentsThenTheCycleInCollapsibleSteps() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment first = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the archive");
        fixtures.completeCommitmentWithWork(editor, plan.getId(), "Stream the plenary");
        {
            commitments.addActivity(editor, first.getId(), new NewActivity("Train the clerks", null,
                    LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
            Long activity = commitments.workspace(editor, first.getId()).activities().get(0).getId();
            commitments.setActivityCompleted(editor, first.getId(), activity, true);
            cycle.publish(editor, plan.getId());
        }

        String page = mvc.perform(get("/parliaments/" + parliament.getSlug() + "/plans/2025-2026").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Progress of the plan", "Activities done across all commitments: 1 of 3 (33%)",
                "<progress max=\"100\" value=\"33\"", "Commitments by level of completion", "Not started");
        int progress = page.indexOf("id=\"progress\"");
        int commitmentList = page.indexOf("id=\"commitments\"");
        int cycle = page.indexOf("id=\"cycle\"");
        assertThat(progress).isPositive().isLessThan(commitmentList);
        assertThat(commitmentList).isLessThan(cycle);
        // Each reached step's record is in a <details>, the current step open: collapsible without JavaScript.
        assertThat(page.substring(cycle)).contains("<details>", "<details open", "<summary>", "Open Data Org");
    }

    @Test
    void chilesAdoptedPlanLeadsWithItsProgress() throws Exception {
        String page = mvc.perform(get("/parliaments/chile/plans/2025-2027").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Activities done across all commitments:", "Commitments (5)");
        assertThat(page.indexOf("id=\"progress\"")).isPositive().isLessThan(page.indexOf("id=\"commitments\""));
        assertThat(page.indexOf("id=\"commitments\"")).isLessThan(page.indexOf("id=\"cycle\""));
    }
}
