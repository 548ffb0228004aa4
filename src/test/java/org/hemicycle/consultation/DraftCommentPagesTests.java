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
import java.time.LocalDate;
import java.util.List;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.consultation.ConsultationFixtures.Consulted;
import org.hemicycle.version.VersionKind;
import org.hemicycle.version.VersionService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Comments on the parts of a draft commitment: anchored to the part through new versions of the text, saying what
 * changed since, answered and counted like every input.
 */
@HemicycleTest
class DraftCommentPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ConsultationFixtures consultations;
    @Autowired CommitmentService commitments;
    @Autowired VersionService versions;
    @Autowired AnswerService answers;
    @Autowired ConsultationService consultationService;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void aCommentStaysWithItsPartThroughNewVersionsAndSaysWhatChangedSince() throws Exception {
        Consulted c = consultations.consulted();
        commitments.update(c.editor(), c.commitment().getId(), Fixtures.draftCommitment("Open votes").withIssue("Votes are published weeks late."), null);
        commitments.addActivity(c.editor(), c.commitment().getId(), new NewActivity("Publish every vote", null,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)));
        Long activity = commitments.wholeCommitmentsOf(c.editor(), c.plan().getId()).get(0).activities().get(0).getId();
        HemicycleUser author = consultations.citizen();
        String issue = c.consultation() + "/commitments/1/issue";

        mvc.perform(get(c.path() + "/commitments/1").param("lang", "en"))
                .andExpect(content().string(containsString("href=\"" + issue + "\"")))
                .andExpect(content().string(containsString("href=\"" + c.consultation() + "/commitments/1/activity/" + activity + "\"")))
                .andExpect(content().string(containsString("Comment on this part")));
        mvc.perform(post(issue).with(user(author)).with(csrf()).param("lang", "en").param("body", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Write your comment.")));
        String location = mvc.perform(post(issue).with(user(author)).with(csrf()).param("body", "Say how many weeks."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long comment = Long.valueOf(location.substring(location.indexOf("#comment-") + "#comment-".length()));
        mvc.perform(post(c.consultation() + "/commitments/1/activity/" + activity).with(user(author)).with(csrf())
                .param("body", "Committee votes too.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select draft_text from idea where id = ?", String.class, comment))
                .isEqualTo("Votes are published weeks late.");
        mvc.perform(get(issue).with(user(author)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say how many weeks.")))
                .andExpect(content().string(not(containsString("Committee votes too."))))
                .andExpect(content().string(not(containsString("has changed since"))));

        // A new version of the draft: the comment is still on the Issue, and says the Issue changed since.
        versions.take(c.editor(), c.plan().getId(), VersionKind.DRAFT_FOR_CONSULTATION, null);
        commitments.update(c.editor(), c.commitment().getId(), Fixtures.draftCommitment("Open votes").withIssue("Votes are published six weeks late."), null);
        mvc.perform(get(issue).with(user(author)).param("lang", "en"))
                .andExpect(content().string(containsString("Say how many weeks.")))
                .andExpect(content().string(containsString("The text has changed since your comment:")))
                .andExpect(content().string(containsString("Votes are published six weeks late.")))
                .andExpect(content().string(containsString("<ins class=\"diff\">")));
        mvc.perform(get(issue).param("lang", "es"))
                .andExpect(content().string(containsString("El texto cambió desde este comentario:")));
        mvc.perform(get(c.path() + "/commitments/1").param("lang", "en"))
                .andExpect(content().string(containsString("1 comment · Comment on this part")));

        // An input as any: on the answer desk, answered with its reason, its own address leading to its part.
        mvc.perform(get("/manage/consultations/" + c.consultationId() + "/answers").with(user(c.editor())).param("lang", "en"))
                .andExpect(content().string(containsString("Say how many weeks.")))
                .andExpect(content().string(containsString("Comment " + comment)))
                .andExpect(content().string(not(containsString("support"))));
        // The answer page names the part commented on and the text its author read; a comment has no supports.
        mvc.perform(get("/manage/ideas/" + comment + "/answer").with(user(c.editor())).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answer this comment")))
                .andExpect(content().string(containsString("Comment on the draft: commitment 1, Issue")))
                .andExpect(content().string(containsString("The text its author read when commenting:")))
                .andExpect(content().string(containsString("Votes are published weeks late.")))
                .andExpect(content().string(not(containsString("support"))))
                .andExpect(content().string(not(containsString("this idea"))));
        answers.answer(c.editor(), comment, new IdeaAnswer(AnswerKind.NOT_ACCEPTED, "Weeks vary from vote to vote.", null, null), null);
        answers.answer(c.editor(), comment, new IdeaAnswer(AnswerKind.ACCEPTED, "The Issue now says six weeks.",
                c.commitment().getId(), null), org.hemicycle.site.RecordVersion.of(
                        new IdeaAnswer(AnswerKind.NOT_ACCEPTED, "Weeks vary from vote to vote.", null, null)));
        // The changed answer keeps the earlier one in public, under the comment.
        mvc.perform(get(issue).param("lang", "en"))
                .andExpect(content().string(containsString("The Issue now says six weeks.")))
                .andExpect(content().string(containsString("Earlier answers")))
                .andExpect(content().string(containsString("Weeks vary from vote to vote.")));
        mvc.perform(get(c.path() + "/commitments/1").param("lang", "en"))
                .andExpect(content().string(containsString("Say how many weeks.</a> <span class=\"muted\">a comment</span>")));
        mvc.perform(get(c.idea(comment))).andExpect(redirectedUrl(issue + "#comment-" + comment));

        mvc.perform(get(c.consultation() + "/commitments/1/activity/999999")).andExpect(status().isNotFound());
        mvc.perform(get(c.consultation() + "/commitments/1/budget")).andExpect(status().isNotFound());
        mvc.perform(get(c.consultation() + "/commitments/7/issue")).andExpect(status().isNotFound());
    }

    @Test
    void aCommentIsRefusedWhenThePartChangedWhileItWasWrittenAndARemovedActivityKeepsItsComments() throws Exception {
        Consulted c = consultations.consulted();
        commitments.addActivity(c.editor(), c.commitment().getId(), new NewActivity("Publish every vote", null,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)));
        Long activity = commitments.wholeCommitmentsOf(c.editor(), c.plan().getId()).get(0).activities().get(0).getId();
        String part = c.consultation() + "/commitments/1/activity/" + activity;
        HemicycleUser author = consultations.citizen();
        String seen = mvc.perform(get(part).with(user(author))).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*name=\"seen\" value=\"([0-9a-f]+)\".*", "$1");
        commitments.updateActivity(c.editor(), c.commitment().getId(), activity, new NewActivity("Publish every vote by name",
                null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)), null);

        mvc.perform(post(part).with(user(author)).with(csrf()).param("lang", "en").param("seen", seen).param("body", "By name!"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The text of this part changed while you were writing")))
                .andExpect(content().string(containsString("Publish every vote by name")));
        String fresh = mvc.perform(get(part).with(user(author))).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*name=\"seen\" value=\"([0-9a-f]+)\".*", "$1");
        assertThat(fresh).isNotEqualTo(seen);
        mvc.perform(post(part).with(user(author)).with(csrf()).param("seen", fresh).param("body", "Thanks, by name."))
                .andExpect(status().is3xxRedirection());

        // The activity is removed from the draft: its comment, and the way to it, stay.
        commitments.removeActivity(c.editor(), c.commitment().getId(), activity);
        mvc.perform(get(part).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has been removed from the draft since it was commented on")))
                .andExpect(content().string(containsString("Thanks, by name.")))
                .andExpect(content().string(not(containsString("id=\"comment-form\""))));
        mvc.perform(post(part).with(user(author)).with(csrf()).param("body", "Still here?")).andExpect(status().isNotFound());
    }

    @Test
    void theTwentyFirstCommentOnAPartIsFoundOnItsSecondPage() throws Exception {
        Consulted c = consultations.consulted();
        String issue = c.consultation() + "/commitments/1/issue";
        String last = null;
        for (int i = 0; i <= DraftPartPage.COMMENTS_PER_PAGE; i++) {
            last = mvc.perform(post(issue).with(user(consultations.citizen())).with(csrf()).param("body", "Comment " + i))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        }

        assertThat(last).startsWith(issue + "?page=2#comment-");
        mvc.perform(get(issue).param("page", "2")).andExpect(content().string(containsString("Comment " + DraftPartPage.COMMENTS_PER_PAGE)));
    }

    @Test
    void aConsultationOnChosenCommitmentsTakesCommentsOnTheirPartsOnly() throws Exception {
        Consulted c = consultations.consulted();
        Long second = commitments.add(c.editor(), c.plan().getId(), Fixtures.draftCommitment("Open agendas")).getId();
        ConsultationDetails details = consultationService.editable(c.editor(), c.consultationId()).details();
        consultationService.update(c.editor(), c.consultationId(), new ConsultationDetails(details.title(), details.description(),
                details.timeline(), details.opensOn(), details.opensAt(), details.closesOn(), details.closesAt(),
                details.timeZone(), List.of(second)), null);

        mvc.perform(get(c.consultation()).param("lang", "en"))
                .andExpect(content().string(containsString(c.path() + "/commitments/2\"")))
                .andExpect(content().string(not(containsString(c.path() + "/commitments/1\""))));
        mvc.perform(get(c.path() + "/commitments/1").param("lang", "en"))
                .andExpect(content().string(not(containsString("Comment on this part"))));
        mvc.perform(get(c.path() + "/commitments/2").param("lang", "en"))
                .andExpect(content().string(containsString("Comment on this part")));
        mvc.perform(post(c.consultation() + "/commitments/1/issue").with(user(consultations.citizen())).with(csrf())
                        .param("lang", "en").param("body", "Off topic here."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This commitment is not part of this consultation")));
        mvc.perform(post(c.consultation() + "/commitments/2/issue").with(user(consultations.citizen())).with(csrf())
                .param("body", "On topic.")).andExpect(status().is3xxRedirection());

        // The form offers the plan's commitments, and takes no other plan's.
        mvc.perform(get("/manage/plans/" + c.plan().getId() + "/consultations").with(user(c.editor())).param("lang", "en"))
                .andExpect(content().string(containsString("Draft commitments consulted on")))
                .andExpect(content().string(containsString("value=\"" + second + "\"")));
        Consulted other = consultations.consulted();
        mvc.perform(post("/manage/plans/" + c.plan().getId() + "/consultations").with(user(c.editor())).with(csrf())
                        .param("lang", "en").param("title", "Elsewhere").param("opensOn", "2030-01-01").param("opensAt", "08:00")
                        .param("closesOn", "2030-01-09").param("closesAt", "20:00").param("timeZone", "UTC")
                        .param("commitmentIds", String.valueOf(other.commitment().getId())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose commitments of this plan.")));
    }

    @Test
    void aClosedConsultationTakesNoMoreCommentsOnTheDraft() throws Exception {
        Consulted c = consultations.consulted();
        jdbc.update("update consultation set closes_at = ? where id = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                c.consultationId());
        String issue = c.consultation() + "/commitments/1/issue";

        mvc.perform(post(issue).with(user(consultations.citizen())).with(csrf()).param("lang", "en").param("body", "Too late?"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This consultation is closed")));
        mvc.perform(get(issue).param("lang", "en"))
                .andExpect(content().string(containsString("The consultation is closed: no more comments are taken.")));
        assertThat(jdbc.queryForObject("select count(*) from idea where consultation_id = ?", Integer.class, c.consultationId())).isZero();
    }

    @Test
    void aPartReadsAsManyStatementsWithOneCommentAsWithMany() throws Exception {
        Consulted c = consultations.consulted();
        String issue = c.consultation() + "/commitments/1/issue";
        mvc.perform(post(issue).with(user(consultations.citizen())).with(csrf()).param("body", "First.")).andExpect(status().is3xxRedirection());
        long withOne = statements(issue);
        long pageWithOne = statements(c.path() + "/commitments/1");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post(issue).with(user(consultations.citizen())).with(csrf()).param("body", "Another " + i))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(statements(issue)).isEqualTo(withOne);
        assertThat(statements(c.path() + "/commitments/1")).isEqualTo(pageWithOne);
    }

    private long statements(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

}
