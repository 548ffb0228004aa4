package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.cocreation.ForumService;
import org.hemicycle.cocreation.ForumSide;
import org.hemicycle.cocreation.ForumText;
import org.hemicycle.cocreation.NewForumMember;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Step 10: lessons learned, then the next plan started from the last, with what it carries over. */
@HemicycleTest
class NextPlanTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanCycle cycle;
    @Autowired ForumService forums;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlanRenewal renewal;

    @Test
    void theNextPlanStartsAtStepFiveWithTheInstitutionsTheForumTheUncompletedCommitmentsAndTheLessons() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment late = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the committee records");
        Commitment done = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Publish the votes");
        forums.describe(editor, plan.getId(), new ForumText("Appointed by an open call", "One voice each"), null);
        forums.addMember(editor, plan.getId(), new NewForumMember(ForumSide.CIVIL_SOCIETY, "R. Civic", "Open Data Org",
                "Member", null, null));
        toRenewal(editor, plan);
        jdbc.update("update commitment set completion = 'COMPLETE' where id = ?", done.getId());
        String next = "/manage/plans/" + plan.getId() + "/next";

        mvc.perform(get("/manage/plans/" + plan.getId()).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("Record the lessons learned (step 10) before starting the next plan")));
        mvc.perform(start(next, editor)).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Record the lessons learned")));
        mvc.perform(get(next).with(user(editor))).andExpect(redirectedUrl("/manage/plans/" + plan.getId() + "#next-plan"));

        cycle.recordLessons(editor, plan.getId(), new Narrative("Start the consultation earlier."), null);
        mvc.perform(get("/manage/plans/" + plan.getId()).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"" + next + "\"")));
        mvc.perform(get(next).with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the commitments not completed")))
                .andExpect(content().string(containsString("value=\"2027-01-01\"")))
                .andExpect(content().string(containsString("value=\"2028-12-31\"")));

        // Two requests at once start one next plan.
        List<Integer> statuses = AtOnce.run(List.<Callable<Integer>>of(
                () -> mvc.perform(start(next, editor)).andReturn().getResponse().getStatus(),
                () -> mvc.perform(start(next, editor)).andReturn().getResponse().getStatus()));
        assertThat(statuses).containsExactlyInAnyOrder(302, 422);
        Long id = jdbc.queryForObject("select id from action_plan where previous_plan_id = ?", Long.class, plan.getId());

        assertThat(jdbc.queryForObject("select phase from action_plan where id = ?", String.class, id)).isEqualTo("CO_CREATION_DESIGN");
        assertThat(jdbc.queryForObject("select contact_point_name from action_plan where id = ?", String.class, id)).isEqualTo("P. Contact");
        assertThat(jdbc.queryForList("select name from lead_body_member where plan_id = ?", String.class, id)).containsExactly("A. Member");
        assertThat(jdbc.queryForList("select name from selected_organization where plan_id = ?", String.class, id)).containsExactly("Open Data Org");
        assertThat(jdbc.queryForObject("select rules from forum where plan_id = ?", String.class, id)).isEqualTo("One voice each");
        assertThat(jdbc.queryForList("select name from forum_member where plan_id = ?", String.class, id)).containsExactly("R. Civic");
        assertThat(jdbc.queryForList("select title from commitment where plan_id = ?", String.class, id))
                .containsExactly("Open the committee records");
        assertThat(jdbc.queryForObject("select carried_from_id from commitment where plan_id = ?", Long.class, id)).isEqualTo(late.getId());
        assertThat(jdbc.queryForObject("select count(*) from commitment where plan_id = ? and start_date is null and completion = 'NOT_STARTED'",
                Long.class, id)).isEqualTo(1);

        String parliamentPath = "/parliaments/" + parliament.getSlug() + "/plans/";
        mvc.perform(get(parliamentPath + "2027-2028").with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From the previous plan")))
                .andExpect(content().string(containsString("Start the consultation earlier.")))
                .andExpect(content().string(containsString("Carried over from the previous plan")));
        mvc.perform(get(parliamentPath + plan.getSlug()).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("This plan has a successor")));
        mvc.perform(get("/api/v1" + parliamentPath + "2027-2028").with(user(editor)))
                .andExpect(jsonPath("$.previousPlan").value(parliamentPath + plan.getSlug()))
                .andExpect(jsonPath("$.commitments[0].carriedOver").value(true));
        mvc.perform(get(next).with(user(editor))).andExpect(redirectedUrl("/manage/plans/" + id));
        mvc.perform(start(next, editor).param("periodStart", "2029-01-01").param("periodEnd", "2030-12-31"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The next plan was already started from this one.")));
    }

    @Test
    void aPlanNotAtTheEndOfItsCycleStartsNoNextPlanAndOnlyItsTeamStartsOne() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan adopted = fixtures.adoptedPlan(editor, parliament);
        mvc.perform(start("/manage/plans/" + adopted.getId() + "/next", editor))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The next plan starts from a plan at step 10")));
        HemicycleUser stranger = fixtures.user(parliament, org.hemicycle.account.ParliamentRole.CIVIL_SOCIETY);
        mvc.perform(start("/manage/plans/" + adopted.getId() + "/next", stranger)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from action_plan where previous_plan_id = ?", Long.class, adopted.getId())).isZero();

        // The next plan is proposed for as long a period, from the day after: two years from 1 March are two years.
        ActionPlan fromMarch = fixtures.plan(editor, parliament, LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 28));
        PlanDetails proposed = renewal.proposedDetails(editor, fromMarch.getId());
        assertThat(proposed.periodStart()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(proposed.periodEnd()).isEqualTo(LocalDate.of(2031, 2, 28));
        ActionPlan titled = (ActionPlan) java.lang.reflect.Proxy.newProxyInstance(ActionPlan.class.getClassLoader(),
                new Class<?>[] {ActionPlan.class}, (self, method, arguments) -> switch (method.getName()) {
                    case "getTitle" -> "Plan de Parlamento Abierto 2027–2029";
                    case "getPeriodStart" -> LocalDate.of(2027, 3, 1);
                    case "getPeriodEnd" -> LocalDate.of(2029, 2, 28);
                    default -> null;
                });
        assertThat(PlanRenewal.retitled(titled, LocalDate.of(2029, 3, 1), LocalDate.of(2031, 2, 28)))
                .isEqualTo("Plan de Parlamento Abierto 2029–2031");
    }

    private MockHttpServletRequestBuilder start(String path, HemicycleUser editor) {
        return post(path).with(user(editor)).with(csrf()).param("lang", "en").param("title", "The next plan")
                .param("periodStart", "2027-01-01").param("periodEnd", "2028-12-31").param("contentLanguage", "en");
    }

    /** Adopts, publishes and carries the plan through implementation and monitoring to step 10. */
    private void toRenewal(HemicycleUser editor, ActionPlan plan) {
        cycle.advance(editor, plan.getId(), null);
        cycle.record(editor, plan.getId(), new Adoption(AuthorizationMechanism.PLENARY_MOTION, LocalDate.of(2025, 1, 15),
                "Motion 7", null, null), null);
        cycle.advance(editor, plan.getId(), null);
        cycle.publish(editor, plan.getId());
        cycle.recordImplementation(editor, plan.getId(), new Narrative("By the committee."), null);
        cycle.advance(editor, plan.getId(), null);
        cycle.recordMonitoring(editor, plan.getId(), new Narrative("Quarterly reports."), null);
        cycle.advance(editor, plan.getId(), null);
    }
}
