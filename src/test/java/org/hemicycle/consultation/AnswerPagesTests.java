package org.hemicycle.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.AccountSelfService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.consultation.ConsultationFixtures.Consulted;
import org.hemicycle.site.RecordVersion;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The parliament's reasoned answer to every idea, through the site: given, refused, changed, counted, written to its author. */
@HemicycleTest
class AnswerPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConsultationFixtures consultations;
    @Autowired CommitmentService commitments;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountSelfService self;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void eachKindOfAnswerIsPublicWithItsReasonAndTracedBothWays() throws Exception {
        Consulted c = consultations.consulted();
        HemicycleUser author = consultations.citizen();
        jdbc.update("update user_account set language = 'es' where id = ?", author.id());
        Long accepted = consultations.idea(c, author, "Publish committee votes");
        Long merged = consultations.idea(c, consultations.citizen(), "Votes by name, online");
        Long refused = consultations.idea(c, consultations.citizen(), "Televise every session");

        mvc.perform(answer(c.editor(), accepted, "ACCEPTED", "It becomes the commitment on open votes.")
                .param("commitmentId", c.commitment().getId().toString())).andExpect(redirectedUrl("/manage/consultations/" + c.consultationId() + "/answers"));
        mvc.perform(answer(c.editor(), merged, "MERGED", "It asks what idea " + accepted + " asks.").param("mergedInto", accepted.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(answer(c.editor(), refused, "NOT_ACCEPTED", "Sessions are already broadcast by the parliament's channel."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(c.idea(accepted)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Accepted")))
                .andExpect(content().string(containsString("It becomes the commitment on open votes.")))
                .andExpect(content().string(containsString(c.path() + "/commitments/" + c.commitment().getNumber())))
                .andExpect(content().string(containsString("Ideas merged into this one")))
                .andExpect(content().string(containsString("Votes by name, online")));
        mvc.perform(get(c.idea(merged)).param("lang", "en"))
                .andExpect(content().string(containsString("Merged into another idea")))
                .andExpect(content().string(containsString(c.idea(accepted))));
        mvc.perform(get(c.consultation()).param("lang", "en"))
                .andExpect(content().string(containsString("Sessions are already broadcast")))
                .andExpect(content().string(containsString("3 of 3 contributions answered (100%)")));
        // The commitment lists the idea accepted into it, and only that one.
        mvc.perform(get(c.path() + "/commitments/" + c.commitment().getNumber()).param("lang", "en"))
                .andExpect(content().string(containsString("The contribution that shaped it")))
                .andExpect(content().string(containsString(c.idea(accepted))))
                .andExpect(content().string(not(containsString("Televise every session"))));
        mvc.perform(get("/api/v1" + c.consultation())).andExpect(status().isOk())
                .andExpect(jsonPath("$.coverage.answered").value(3))
                .andExpect(jsonPath("$.mostSupportedFirst[?(@.id == " + accepted + ")].answer.kind").value("ACCEPTED"))
                .andExpect(jsonPath("$.mostSupportedFirst[?(@.id == " + accepted + ")].answer.commitmentNumber").value(c.commitment().getNumber()))
                .andExpect(jsonPath("$.mostSupportedFirst[?(@.id == " + merged + ")].answer.mergedInto").value(accepted.intValue()));

        // The author reads the answer in the language of their account, with the link to it.
        assertThat(jdbc.queryForObject("select subject from mail_message where recipient = ?", String.class, author.email()))
                .isEqualTo("Su idea \"Publish committee votes\" tiene respuesta");
        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, author.email()))
                .contains("It becomes the commitment on open votes.").contains("Aceptada").contains("http://localhost" + c.idea(accepted));
    }

    @Test
    void refusedAnswersSayWhyAndSaveNothing() throws Exception {
        Consulted c = consultations.consulted();
        Long first = consultations.idea(c, consultations.citizen(), "First idea");
        Long second = consultations.idea(c, consultations.citizen(), "Second idea");
        Consulted other = consultations.consulted();
        Long elsewhere = consultations.idea(other, consultations.citizen(), "An idea of another consultation");
        long mails = mails();

        mvc.perform(answer(c.editor(), first, "NOT_ACCEPTED", " ").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Give the reason for the answer.")));
        mvc.perform(answer(c.editor(), first, "ACCEPTED", "Taken.").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the commitment of this plan that the idea is accepted into.")));
        mvc.perform(answer(c.editor(), first, "ACCEPTED", "Taken.").param("commitmentId", other.commitment().getId().toString())
                .param("lang", "fr")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choisissez l’engagement de ce plan")));
        mvc.perform(answer(c.editor(), first, "MERGED", "Same.").param("mergedInto", first.toString()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the number of another idea of this consultation.")));
        mvc.perform(answer(c.editor(), first, "MERGED", "Same.").param("mergedInto", elsewhere.toString()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(answer(c.editor(), first, "MERGED", "Same.").param("mergedInto", "twelve").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("in figures")));
        mvc.perform(answer(c.editor(), first, "", "Why not.").param("lang", "es"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Elija qué pasa con el aporte.")));
        mvc.perform(answer(consultations.citizen(), first, "OUT_OF_SCOPE", "Not for us.")).andExpect(status().isForbidden());
        mvc.perform(answer(fixtures.user(c.parliament(), ParliamentRole.CIVIL_SOCIETY), first, "OUT_OF_SCOPE", "Not for us."))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from idea where consultation_id = ? and answer_kind is not null", Long.class,
                c.consultationId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idea_answer where idea_id in (?, ?)", Long.class, first, second)).isZero();
        assertThat(mails()).isEqualTo(mails);

        // A merge goes to an idea that stands, not along a chain of merges.
        mvc.perform(answer(c.editor(), second, "MERGED", "Same as the first.").param("mergedInto", first.toString()))
                .andExpect(status().is3xxRedirection());
        Long third = consultations.idea(c, consultations.citizen(), "Third idea");
        mvc.perform(answer(c.editor(), third, "MERGED", "Same as the second.").param("mergedInto", second.toString()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That idea is itself merged into idea " + first)));
        // Nor from an idea others were merged into: theirs would then lead to a merged one.
        mvc.perform(answer(c.editor(), first, "MERGED", "Same as the third.").param("mergedInto", third.toString()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("One idea is merged into this one: it stands for them")));
        assertThat(jdbc.queryForObject("select count(*) from idea where id in (?, ?) and answer_kind is not null", Long.class,
                first, third)).isZero();
    }

    @Test
    void twoCrossedMergesAtOnceLeaveOneMergeAndNoCycle() throws Exception {
        Consulted c = consultations.consulted();
        for (int round = 0; round < 4; round++) {
            Long a = consultations.idea(c, consultations.citizen(), "Idea A " + round);
            Long b = consultations.idea(c, consultations.citizen(), "Idea B " + round);
            List<Integer> statuses = AtOnce.statuses(mvc, List.of(
                    answer(c.editor(), a, "MERGED", "Same as B.").param("mergedInto", b.toString()),
                    answer(c.editor(), b, "MERGED", "Same as A.").param("mergedInto", a.toString())));
            assertThat(statuses).containsExactlyInAnyOrder(302, 422);
            assertThat(jdbc.queryForObject("select count(*) from idea where id in (?, ?) and answer_kind = 'MERGED'", Long.class, a, b))
                    .isOne();
        }
    }

    @Test
    void theSameAnswerSentAgainRecordsNothingAndWritesToNobody() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea answered twice alike");
        mvc.perform(answer(c.editor(), idea, "NOT_ACCEPTED", "Not this cycle.")).andExpect(status().is3xxRedirection());
        long mails = mails();
        mvc.perform(answer(c.editor(), idea, "NOT_ACCEPTED", "  Not this cycle. ")
                        .param("recordVersion", RecordVersion.of(new IdeaAnswer(AnswerKind.NOT_ACCEPTED, "Not this cycle.", null, null))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from idea_answer where idea_id = ?", Long.class, idea)).isOne();
        // Sent twice from the form as it was before the first (a double click): no conflict either.
        mvc.perform(answer(c.editor(), idea, "NOT_ACCEPTED", "Not this cycle.").param("recordVersion", RecordVersion.of(IdeaAnswer.NONE)))
                .andExpect(status().is3xxRedirection());
        assertThat(mails()).isEqualTo(mails);
    }

    @Test
    void aCommitmentThatIdeasWereAcceptedIntoIsNotDeleted() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea the commitment took");
        mvc.perform(answer(c.editor(), idea, "ACCEPTED", "Taken.").param("commitmentId", c.commitment().getId().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/commitments/" + c.commitment().getId() + "/delete").with(user(c.editor())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "commitment.error.delete-has-inputs"));
        assertThat(jdbc.queryForObject("select count(*) from commitment where id = ?", Long.class, c.commitment().getId())).isOne();

        // Accepted into a commitment while it is deleted: one of the two is refused, never an idea accepted into nothing.
        for (int round = 0; round < 4; round++) {
            Commitment doomed = commitments.add(c.editor(), c.plan().getId(), Fixtures.draftCommitment("Doomed " + round));
            Long taken = consultations.idea(c, consultations.citizen(), "Taken while deleted " + round);
            AtOnce.statuses(mvc, List.of(
                    post("/manage/commitments/" + doomed.getId() + "/delete").with(user(c.editor())).with(csrf()),
                    answer(c.editor(), taken, "ACCEPTED", "Taken.").param("commitmentId", doomed.getId().toString())));
            boolean deleted = jdbc.queryForObject("select count(*) from commitment where id = ?", Long.class, doomed.getId()) == 0;
            boolean accepted = jdbc.queryForObject("select count(*) from idea where id = ? and answer_kind = 'ACCEPTED'", Long.class, taken) == 1;
            assertThat(deleted).as("round %d: deleted %s, accepted %s", round, deleted, accepted).isNotEqualTo(accepted);
            assertThat(jdbc.queryForObject("select count(*) from idea where answer_kind = 'ACCEPTED' and answer_commitment_id is null",
                    Long.class)).isZero();
        }
    }

    @Test
    void theLeadBodyAnswersToo() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea for the lead body");
        HemicycleUser member = fixtures.user(c.parliament(), ParliamentRole.LEAD_BODY_MEMBER);
        mvc.perform(get("/manage/consultations/" + c.consultationId() + "/answers").with(user(member))).andExpect(status().isOk());
        mvc.perform(answer(member, idea, "OUT_OF_SCOPE", "A matter for the executive.")).andExpect(status().is3xxRedirection());
        mvc.perform(get(c.idea(idea)).param("lang", "pt")).andExpect(content().string(containsString("Fora do escopo")));
    }

    @Test
    void theDeskListsWhatAwaitsAnAnswerOldestFirstAndTheCoverageCountsTheDays() throws Exception {
        Consulted c = consultations.consulted();
        Long oldest = consultations.idea(c, consultations.citizen(), "The oldest idea");
        Long middle = consultations.idea(c, consultations.citizen(), "The middle idea");
        Long newest = consultations.idea(c, consultations.citizen(), "The newest idea");
        // Submitted four days ago: answered now, four days to an answer.
        jdbc.update("update idea set created_at = created_at - interval '4' day where id = ?", middle);
        mvc.perform(answer(c.editor(), middle, "NOT_ACCEPTED", "Not this cycle.")).andExpect(status().is3xxRedirection());

        String desk = mvc.perform(get("/manage/consultations/" + c.consultationId() + "/answers").with(user(c.editor())).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 contributions (ideas and comments) await an answer, the oldest first")))
                .andExpect(content().string(containsString("1 of 3 contributions answered (33%)")))
                .andExpect(content().string(containsString("a median of 4 days to an answer")))
                .andExpect(content().string(not(containsString("The middle idea"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(desk.indexOf("The oldest idea")).isLessThan(desk.indexOf("The newest idea"));
        assertThat(desk).contains("/manage/ideas/" + oldest + "/answer").contains("/manage/ideas/" + newest + "/answer");
        mvc.perform(get("/manage/consultations/" + c.consultationId() + "/answers").with(user(consultations.citizen()))).andExpect(status().isForbidden());
        mvc.perform(get(c.consultation()).param("lang", "es"))
                .andExpect(content().string(containsString("1 de 3 aportes respondidos (33 %)")));
    }

    @Test
    void aChangedAnswerKeepsTheEarlierOneAndAStaleFormIsRefused() throws Exception {
        Consulted c = consultations.consulted();
        HemicycleUser author = consultations.citizen();
        Long idea = consultations.idea(c, author, "Open the library's archive");
        String unanswered = RecordVersion.of(IdeaAnswer.NONE);
        mvc.perform(answer(c.editor(), idea, "NOT_ACCEPTED", "No budget this cycle.").param("recordVersion", unanswered))
                .andExpect(status().is3xxRedirection());
        // A second editor, on the form as it was before the first answer, is told instead of overwriting it.
        mvc.perform(answer(c.editor(), idea, "OUT_OF_SCOPE", "Not ours.").param("recordVersion", unanswered).param("lang", "en"))
                .andExpect(status().isConflict());
        String current = RecordVersion.of(new IdeaAnswer(AnswerKind.NOT_ACCEPTED, "No budget this cycle.", null, null));
        mvc.perform(answer(c.editor(), idea, "ACCEPTED", "Budget found after all.").param("recordVersion", current)
                .param("commitmentId", c.commitment().getId().toString())).andExpect(status().is3xxRedirection());

        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(content().string(containsString("Budget found after all.")))
                .andExpect(content().string(containsString("Earlier answers")))
                .andExpect(content().string(containsString("No budget this cycle.")));
        assertThat(jdbc.queryForList("select subject from mail_message where recipient = ? order by id", String.class, author.email()))
                .containsExactly("Your idea \"Open the library's archive\" has an answer",
                        "The answer to your idea \"Open the library's archive\" changed");
        // The coverage counts the days to the first answer, which a change does not move.
        assertThat(jdbc.queryForObject("select count(*) from idea where id = ? and first_answered_at < answered_at", Long.class, idea)).isOne();
    }

    @Test
    void twoEditorsAnsweringAtOnceLeaveOneAnswerAndOneConflict() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea answered twice at once");
        String unanswered = RecordVersion.of(IdeaAnswer.NONE);
        // Four different answers: an answer the same as the one saved would be taken as sent twice, not as a conflict.
        List<Integer> statuses = AtOnce.statuses(mvc, java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> answer(c.editor(), idea, i % 2 == 0 ? "NOT_ACCEPTED" : "OUT_OF_SCOPE", "Answer " + i)
                        .param("recordVersion", unanswered)).toList());
        assertThat(statuses.stream().filter(status -> status == 302).count()).isOne();
        assertThat(statuses.stream().filter(status -> status == 409).count()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from idea_answer where idea_id = ?", Long.class, idea)).isOne();
    }

    @Test
    void aDeletedAuthorsIdeaIsAnsweredAndNobodyIsWrittenTo() throws Exception {
        Consulted c = consultations.consulted();
        HemicycleUser author = consultations.citizen();
        Long idea = consultations.idea(c, author, "An idea whose author left");
        self.delete(author, Fixtures.PASSWORD);
        long mails = mails();
        mvc.perform(answer(c.editor(), idea, "NOT_ACCEPTED", "Answered all the same.")).andExpect(status().is3xxRedirection());
        assertThat(mails()).isEqualTo(mails);
        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(content().string(containsString("Deleted participant")))
                .andExpect(content().string(containsString("Answered all the same.")));
    }

    @Test
    void theIdeaAndCommitmentPagesReadTheSameStatementsWhateverTheIdeasAcceptedOrMerged() throws Exception {
        Consulted c = consultations.consulted();
        Long kept = consultations.idea(c, consultations.citizen(), "The idea that stands");
        mvc.perform(answer(c.editor(), kept, "ACCEPTED", "Taken.").param("commitmentId", c.commitment().getId().toString()))
                .andExpect(status().is3xxRedirection());
        mergeAndAccept(c, kept, 1);
        String commitmentPage = c.path() + "/commitments/" + c.commitment().getNumber();
        // Once before counting: the first read of a parliament fills the cache that keeps it. And the mails to the
        // authors delivered first, whose statements the counts would take in.
        fixtures.awaitEventsHandled();
        statementsFor(c.idea(kept));
        statementsFor(commitmentPage);
        long ideaFewer = statementsFor(c.idea(kept));
        long commitmentFewer = statementsFor(commitmentPage);
        mergeAndAccept(c, kept, 3);
        fixtures.awaitEventsHandled();
        assertThat(statementsFor(c.idea(kept))).isEqualTo(ideaFewer);
        assertThat(statementsFor(commitmentPage)).isEqualTo(commitmentFewer);
        mvc.perform(get(commitmentPage).param("lang", "en")).andExpect(content().string(containsString("The 5 contributions that shaped it")));
    }

    private void mergeAndAccept(Consulted c, Long into, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            Long merged = consultations.idea(c, consultations.citizen(), "Merged idea");
            mvc.perform(answer(c.editor(), merged, "MERGED", "Same.").param("mergedInto", into.toString())).andExpect(status().is3xxRedirection());
            Long accepted = consultations.idea(c, consultations.citizen(), "Accepted idea");
            mvc.perform(answer(c.editor(), accepted, "ACCEPTED", "Taken.").param("commitmentId", c.commitment().getId().toString()))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void anIdeaAcceptedIntoAnActivityNamesItAndAnotherCommitmentsActivityIsRefused() throws Exception {
        Consulted c = consultations.consulted();
        commitments.addActivity(c.editor(), c.commitment().getId(), new org.hemicycle.commitment.NewActivity("Open the votes portal",
                null, java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 9, 30)));
        Long activity = commitments.wholeCommitmentsOf(c.editor(), c.plan().getId()).get(0).activities().get(0).getId();
        Long other = commitments.add(c.editor(), c.plan().getId(), Fixtures.draftCommitment("Open agendas")).getId();
        Long idea = consultations.idea(c, consultations.citizen(), "A portal of votes");

        mvc.perform(get("/manage/ideas/" + idea + "/answer").with(user(c.editor())).param("lang", "en"))
                .andExpect(content().string(containsString("Activity it became")))
                .andExpect(content().string(containsString("1. Open the votes portal")));
        mvc.perform(answer(c.editor(), idea, "ACCEPTED", "It is the portal.").param("lang", "en")
                        .param("commitmentId", String.valueOf(other)).param("activityId", String.valueOf(activity)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose an activity of the commitment chosen above, or none.")));
        mvc.perform(answer(c.editor(), idea, "ACCEPTED", "It is the portal.")
                        .param("commitmentId", String.valueOf(c.commitment().getId())).param("activityId", String.valueOf(activity)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(content().string(containsString("as the activity:")))
                .andExpect(content().string(containsString("Open the votes portal")));
        mvc.perform(get("/api/v1" + c.consultation()))
                .andExpect(jsonPath("$.mostSupportedFirst[?(@.id == " + idea + ")].answer.activityId").value(activity.intValue()));
        assertThat(jdbc.queryForObject("select activity_id from idea_answer where idea_id = ?", Long.class, idea)).isEqualTo(activity);
    }

    private MockHttpServletRequestBuilder answer(HemicycleUser who, Long ideaId, String kind, String reason) {
        return post("/manage/ideas/" + ideaId + "/answer").with(user(who)).with(csrf()).param("kind", kind).param("text", reason);
    }

    private long mails() {
        return jdbc.queryForObject("select count(*) from mail_message", Long.class);
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
