package org.hemicycle.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Deadline reminders: before and after each deadline, once each, to the contact person and the points of contact. */
@HemicycleTest
class ReminderTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ProgressReminders reminders;
    @Autowired CommitmentService commitments;
    @Autowired JdbcTemplate jdbc;

    private long mailsAbout(Parliament parliament, String to, String subjectStart) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ? and subject like ? and body like ?",
                Long.class, to, subjectStart + "%", "%/parliaments/" + parliament.getSlug() + "/%");
    }

    @Test
    void aDeadlineIsRemindedOfOnceBeforeAndOnceAfterEvenWhenTheJobRunsTwiceAtOnce() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        Long commitment = jdbc.queryForObject("select id from commitment where plan_id = ?", Long.class, plan.getId());
        // The fixture's activity ended on 31 December 2025, not done: overdue.
        LocalDate today = LocalDate.now();
        List<Callable<Integer>> twoNodes = List.of(() -> reminders.sendDue(today), () -> reminders.sendDue(today));
        AtOnce.run(twoNodes);
        reminders.sendDue(today);

        assertThat(mailsAbout(parliament, editor.email(), "Overdue: Publish the data")).isOne();
        // The contact person named in the commitment, who has no account, is written to as well.
        assertThat(mailsAbout(parliament, "c.person@example.org", "Overdue: Publish the data")).isOne();
        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ? and subject like 'Overdue%' and body like ?",
                String.class, editor.email(), "%/parliaments/" + parliament.getSlug() + "/%"))
                .contains("was to end on December 31, 2025", "/manage/commitments/" + commitment + "/progress");

        // An amendment moves the deadline ten days ahead: reminded of before it, then once it has passed, once each.
        jdbc.update("update activity set end_date = ? where commitment_id = ?", java.sql.Date.valueOf(today.plusDays(10)), commitment);
        reminders.sendDue(today);
        reminders.sendDue(today.plusDays(1));
        assertThat(mailsAbout(parliament, editor.email(), "Due soon: Publish the data")).isOne();
        reminders.sendDue(today.plusDays(11));
        reminders.sendDue(today.plusDays(12));
        assertThat(mailsAbout(parliament, editor.email(), "Overdue: Publish the data")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from progress_reminder where activity_id in (select id from activity"
                + " where commitment_id = ?)", Long.class, commitment)).isEqualTo(3);
    }

    @Test
    void aDraftsDatesAreNoDeadlinesAndADoneActivityIsNotRemindedOf() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        fixtures.completeCommitmentWithWork(editor, plan.getId(), "Still a draft");
        reminders.sendDue(LocalDate.now());
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, editor.email())).isZero();
    }

    @Test
    void thePlanTeamListsWhatIsDue() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        mvc.perform(get("/manage/plans/" + plan.getId()).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/manage/plans/" + plan.getId() + "/due\"")));
        mvc.perform(get("/manage/plans/" + plan.getId() + "/due").with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("One activity overdue")))
                .andExpect(content().string(containsString("Publish the data")))
                .andExpect(content().string(containsString("ends 31 Dec 2025")));
        mvc.perform(get("/manage/plans/" + plan.getId() + "/due").with(user(fixtures.user(parliament, ParliamentRole.REVIEWER))))
                .andExpect(status().isForbidden());
    }
}
