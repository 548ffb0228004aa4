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
import java.sql.Timestamp;
import java.time.Instant;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.AccountSelfService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParticipationLimits;
import org.hemicycle.consultation.ConsultationFixtures.Consulted;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Comments on ideas, threaded one level, through the site: written, refused, answered, moderated, counted. */
@HemicycleTest
class CommentPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConsultationFixtures consultations;
    @Autowired ModerationService moderation;
    @Autowired ParticipationLimits limits;
    @Autowired AccountSelfService self;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void commentsAreThreadedOneLevelUnderTheirIdea() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "Publish committee votes");
        HemicycleUser first = consultations.citizen();
        HemicycleUser second = consultations.citizen();

        Long comment = comment(c, idea, first, "Each vote should link to the bill it concerns.", null);
        Long reply = comment(c, idea, second, "And to the committee's minutes.", comment);
        // A reply to a reply joins the thread of the comment it is under.
        Long replyToReply = comment(c, idea, first, "Agreed, both links.", reply);
        assertThat(jdbc.queryForObject("select reply_to_id from idea where id = ?", Long.class, replyToReply)).isEqualTo(comment);
        assertThat(jdbc.queryForObject("select comments from idea where id = ?", Integer.class, idea)).isEqualTo(3);

        String page = mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 comments")))
                .andExpect(content().string(containsString("id=\"comment-" + comment + "\"")))
                .andExpect(content().string(containsString("Sign in to comment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Each vote should link")).isLessThan(page.indexOf("And to the committee"));
        assertThat(page.indexOf("And to the committee")).isLessThan(page.indexOf("Agreed, both links."));
        assertThat(page.substring(page.indexOf("comment-replies"))).contains("And to the committee", "Agreed, both links.");
        mvc.perform(get(c.consultation()).param("lang", "es")).andExpect(content().string(containsString("3 comentarios")))
                .andExpect(content().string(not(containsString("Each vote should link"))));
        // A comment is read in its idea's thread.
        mvc.perform(get(c.idea(reply))).andExpect(redirectedUrl(c.idea(idea) + "#comment-" + reply));
        mvc.perform(get(c.idea(idea)).with(user(first)).param("lang", "en"))
                .andExpect(content().string(containsString("Publish my comment")))
                .andExpect(content().string(containsString("name=\"replyTo\" value=\"" + comment + "\"")));
    }

    @Test
    void aRefusedCommentSaysWhyAndSavesNothing() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea to comment on");
        Long other = consultations.idea(c, consultations.citizen(), "Another idea");
        Long elsewhere = comment(c, other, consultations.citizen(), "A comment on the other idea.", null);
        HemicycleUser writer = consultations.citizen();

        mvc.perform(commenting(c, idea, writer, " ", null).param("lang", "fr"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Écrivez votre commentaire.")));
        mvc.perform(commenting(c, idea, writer, "A reply in the wrong place.", elsewhere).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The comment you reply to is not one of this idea’s.")));
        mvc.perform(commenting(c, idea, writer, "x".repeat(4_001), null)).andExpect(status().isUnprocessableContent());
        mvc.perform(commenting(c, elsewhere, writer, "A comment on a comment.", null)).andExpect(status().isNotFound());
        mvc.perform(post(c.idea(idea) + "/comments").with(csrf()).param("body", "Anonymous.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(c.idea(elsewhere) + "/support").with(user(writer)).with(csrf())).andExpect(status().isNotFound());
        jdbc.update("update consultation set closes_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(60)), c.consultationId());
        mvc.perform(commenting(c, idea, writer, "Too late.", null).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("closed")));
        assertThat(jdbc.queryForObject("select count(*) from idea where comment_on_id = ?", Long.class, idea)).isZero();
        assertThat(jdbc.queryForObject("select comments from idea where id = ?", Integer.class, idea)).isZero();
    }

    @Test
    void commentsAreCountedPerPerson() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea much commented");
        HemicycleUser writer = consultations.citizen();
        for (int i = 0; i < limits.perWindow(); i++) {
            mvc.perform(commenting(c, idea, writer, "Comment " + i, null)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(commenting(c, idea, writer, "One too many.", null))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    @Test
    void aCommentBeyondTheFirstPageIsFoundOnItsPage() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea with many comments");
        HemicycleUser author = consultations.citizen();
        HemicycleUser other = consultations.citizen();
        // Written straight into the table: more comments than one person may write in a window.
        Long ideaAuthor = jdbc.queryForObject("select author_id from idea where id = ?", Long.class, idea);
        for (int i = 0; i < IdeaPage.COMMENTS_PER_PAGE; i++) {
            jdbc.update("insert into idea (consultation_id, author_id, title, body, supports, created_at, kind, comment_on_id, moderation,"
                    + " flags, flags_to_review, comments) values (?, ?, ?, ?, 0, current_timestamp, 'COMMENT', ?, 'VISIBLE', 0, 0, 0)",
                    c.consultationId(), ideaAuthor, "Comment " + i, "Comment " + i, idea);
        }
        jdbc.update("update idea set comments = ? where id = ?", IdeaPage.COMMENTS_PER_PAGE, idea);
        String location = mvc.perform(commenting(c, idea, author, "The fifty-first comment.", null))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long last = jdbc.queryForObject("select max(id) from idea where comment_on_id = ? and author_id = ?", Long.class, idea, author.id());
        assertThat(location).isEqualTo(c.idea(idea) + "?page=2#comment-" + last);
        mvc.perform(get(c.idea(idea)).param("page", "2")).andExpect(content().string(containsString("The fifty-first comment.")));
        Long reply = comment(c, idea, other, "A reply on the second page.", last);
        mvc.perform(get(c.idea(reply))).andExpect(redirectedUrl(c.idea(idea) + "?page=2#comment-" + reply));
    }

    @Test
    void aCommentIsAnInputAnsweredAndModeratedAsAnIdeaIs() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea with comments");
        HemicycleUser author = consultations.citizen();
        Long comment = comment(c, idea, author, "The budget line for this should be public too.", null);
        Long rude = comment(c, idea, consultations.citizen(), "Nobody cares, idiots.", null);

        mvc.perform(get("/manage/consultations/" + c.consultationId() + "/answers").with(user(c.editor())).param("lang", "en"))
                .andExpect(content().string(containsString("3 contributions (ideas and comments) await an answer")))
                .andExpect(content().string(containsString("The budget line for this should be public too.")));
        mvc.perform(post("/manage/ideas/" + comment + "/answer").with(user(c.editor())).with(csrf())
                        .param("kind", "ACCEPTED").param("text", "Added to the commitment's activities.")
                        .param("commitmentId", c.commitment().getId().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select subject from mail_message where recipient = ?", String.class, author.email()))
                .isEqualTo("Your comment \"The budget line for this should be public too.\" has an answer");
        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(content().string(containsString("Added to the commitment's activities.")));
        mvc.perform(get(c.consultation()).param("lang", "en"))
                .andExpect(content().string(containsString("1 of 3 contributions answered (33%)")));

        // Reported as a comment, in a comment's words.
        mvc.perform(get(c.idea(idea)).with(user(consultations.citizen())).param("lang", "en"))
                .andExpect(content().string(containsString("Report this comment")));
        mvc.perform(get(c.idea(rude) + "/flag").with(user(consultations.citizen())).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Report a comment</h1>")))
                .andExpect(content().string(containsString("Back to the comment")))
                .andExpect(content().string(containsString("Comment " + rude)))
                .andExpect(content().string(not(containsString("this idea"))));
        mvc.perform(post(c.idea(comment) + "/flag").with(user(author)).with(csrf()).param("reason", "SPAM").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You cannot report your own comment.")));
        mvc.perform(post(c.idea(rude) + "/flag").with(user(consultations.citizen())).with(csrf()).param("reason", "OFFENSIVE"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(c.idea(rude)));
        mvc.perform(post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(c.editor())).with(csrf())
                        .param("ideas", rude + ":" + moderation.currentVersion(rude)).param("decision", "HIDE")
                        .param("reason", "Insults have no place here."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(content().string(not(containsString("Nobody cares"))))
                .andExpect(content().string(containsString("Insults have no place here.")))
                .andExpect(content().string(containsString("id=\"comment-" + rude + "\"")));
        mvc.perform(get(c.consultation() + "/hidden").param("lang", "en"))
                .andExpect(content().string(containsString("One contribution to this consultation is hidden.")));
    }

    @Test
    void aDeletedAuthorsCommentStaysUnderTheirPseudonymsPlace() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea commented by someone who left");
        HemicycleUser author = consultations.citizen();
        comment(c, idea, author, "A comment that stays.", null);
        self.delete(author, Fixtures.PASSWORD);
        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(content().string(containsString("A comment that stays.")))
                .andExpect(content().string(containsString("Deleted participant")))
                .andExpect(content().string(not(containsString(author.displayName()))));
    }

    @Test
    void anIdeasPageReadsTheSameStatementsWhateverItsComments() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea whose page is counted");
        Long first = comment(c, idea, consultations.citizen(), "A first comment.", null);
        fixtures.awaitEventsHandled();
        statementsFor(c.idea(idea));
        long fewer = statementsFor(c.idea(idea));
        for (int i = 0; i < 4; i++) {
            Long comment = comment(c, idea, consultations.citizen(), "Comment " + i, null);
            comment(c, idea, consultations.citizen(), "Reply " + i, comment);
            comment(c, idea, consultations.citizen(), "Reply to the first " + i, first);
        }
        fixtures.awaitEventsHandled();
        assertThat(statementsFor(c.idea(idea))).isEqualTo(fewer);
    }

    private Long comment(Consulted c, Long ideaId, HemicycleUser who, String body, Long replyTo) throws Exception {
        mvc.perform(commenting(c, ideaId, who, body, replyTo)).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from idea where comment_on_id = ? and author_id = ?", Long.class,
                jdbc.queryForObject("select coalesce(comment_on_id, id) from idea where id = ?", Long.class, ideaId), who.id());
    }

    private MockHttpServletRequestBuilder commenting(Consulted c, Long ideaId, HemicycleUser who, String body, Long replyTo) {
        MockHttpServletRequestBuilder request = post(c.idea(ideaId) + "/comments").with(user(who)).with(csrf()).param("body", body);
        return replyTo == null ? request : request.param("replyTo", replyTo.toString());
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
