package org.hemicycle.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.ArrayList;
import java.util.List;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.consultation.ConsultationFixtures.Consulted;
import org.hemicycle.consultation.internal.IdeaRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Flags, the moderators' queue and what the public sees of a hidden idea, through the site. */
@HemicycleTest
class ModerationPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConsultationFixtures consultations;
    @Autowired ModerationService moderation;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdeaRepository ideas;

    @Test
    void aFlagIsOnePerPersonAndSaysWhatIsWrong() throws Exception {
        Consulted c = consultations.consulted();
        HemicycleUser author = consultations.citizen();
        Long idea = consultations.idea(c, author, "An idea someone dislikes");
        HemicycleUser reader = consultations.citizen();

        mvc.perform(get(c.idea(idea) + "/flag").with(user(reader)).param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Données personnelles d’autrui")));
        mvc.perform(get(c.idea(idea) + "/flag")).andExpect(status().is3xxRedirection());
        mvc.perform(flag(c, idea, reader, "").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Choose what is wrong with it.")));
        mvc.perform(flag(c, idea, reader, "SPAM").param("note", "Sells watches."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "consultation.flag.thanks"));
        mvc.perform(flag(c, idea, reader, "OFFENSIVE").param("lang", "es"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Ya denunció esta idea.")));
        mvc.perform(flag(c, idea, author, "SPAM").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("You cannot report your own idea.")));

        assertThat(jdbc.queryForObject("select count(*) from idea_flag where idea_id = ?", Long.class, idea)).isOne();
        assertThat(jdbc.queryForObject("select note from idea_flag where idea_id = ?", String.class, idea)).isEqualTo("Sells watches.");
        // One flag does not hide it: it waits in the queue.
        mvc.perform(get(c.consultation()).param("lang", "en")).andExpect(content().string(containsString("An idea someone dislikes")));
        mvc.perform(get(c.consultation()).with(user(reader)).param("lang", "en"))
                .andExpect(content().string(containsString(c.idea(idea) + "/flag")));
    }

    @Test
    void anIdeaFlaggedBySeveralPeopleAtOnceIsHiddenOnceUntilReviewed() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "Votaciones nominales de cada comisión");
        int flaggers = moderation.hideAfterFlags() + 2;
        List<MockHttpServletRequestBuilder> flags = new ArrayList<>();
        for (int i = 0; i < flaggers; i++) {
            flags.add(flag(c, idea, consultations.citizen(), "OFFENSIVE"));
        }
        assertThat(AtOnce.statuses(mvc, flags)).containsOnly(302);

        assertThat(jdbc.queryForObject("select flags from idea where id = ?", Integer.class, idea)).isEqualTo(flaggers);
        assertThat(jdbc.queryForObject("select moderation from idea where id = ?", String.class, idea)).isEqualTo("PENDING_REVIEW");
        assertThat(jdbc.queryForObject("select count(*) from idea_moderation where idea_id = ? and decision = 'AUTO_HIDDEN'",
                Long.class, idea)).isOne();
        // Out of the list, still counted, and why it is hidden is public; its words are not.
        mvc.perform(get(c.consultation()).param("lang", "en"))
                .andExpect(content().string(not(containsString("Votaciones nominales de cada comisión"))))
                .andExpect(content().string(containsString("One contribution is hidden by moderation.")));
        mvc.perform(get(c.consultation() + "/hidden").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hidden pending review")))
                .andExpect(content().string(containsString("Idea " + idea)))
                .andExpect(content().string(not(containsString("Votaciones nominales"))));
        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Several people reported this idea")))
                .andExpect(content().string(not(containsString("Described in a few words."))));
        mvc.perform(get("/api/v1" + c.consultation()))
                .andExpect(jsonPath("$.hiddenByModeration").value(1))
                .andExpect(jsonPath("$.ideas").value(0))
                .andExpect(jsonPath("$.mostSupportedFirst").isEmpty());
        // Nor is it offered to someone writing a similar one.
        mvc.perform(post(c.consultation() + "/similar").with(user(consultations.citizen())).with(csrf()).param("title", "Votaciones nominales"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/ideas/" + idea))));
    }

    @Test
    void moderatorsHideFlaggedIdeasInBulkWithAPublicReasonOrKeepThem() throws Exception {
        Consulted c = consultations.consulted();
        HemicycleUser author = consultations.citizen();
        Long spam = consultations.idea(c, author, "Cheap watches");
        Long insult = consultations.idea(c, consultations.citizen(), "An insult");
        Long fine = consultations.idea(c, consultations.citizen(), "A fair idea");
        mvc.perform(flag(c, spam, consultations.citizen(), "SPAM")).andExpect(status().is3xxRedirection());
        mvc.perform(flag(c, spam, consultations.citizen(), "DOES_NOT_BELONG")).andExpect(status().is3xxRedirection());
        mvc.perform(flag(c, insult, consultations.citizen(), "OFFENSIVE")).andExpect(status().is3xxRedirection());
        mvc.perform(flag(c, fine, consultations.citizen(), "OFFENSIVE")).andExpect(status().is3xxRedirection());
        String queueAddress = "/manage/consultations/" + c.consultationId() + "/moderation";

        String queue = mvc.perform(get(queueAddress).with(user(c.editor())).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 contributions await review, the most reported first; none is hidden.")))
                .andExpect(content().string(containsString("Spam or advertising (1)")))
                .andReturn().getResponse().getContentAsString();
        assertThat(queue.indexOf("Cheap watches")).isLessThan(queue.indexOf("An insult"));
        mvc.perform(get(queueAddress).with(user(consultations.citizen()))).andExpect(status().isForbidden());
        mvc.perform(get(queueAddress).with(user(fixtures.user(c.parliament(), ParliamentRole.CIVIL_SOCIETY)))).andExpect(status().isForbidden());

        long mails = jdbc.queryForObject("select count(*) from mail_message", Long.class);
        mvc.perform(decide(c, c.editor(), "HIDE", " ", spam, insult).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Give the public reason for hiding.")));
        mvc.perform(decide(c, c.editor(), "HIDE", "Advertising.").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Tick at least one idea or comment.")));
        // An id not of this consultation, among real ones, refuses the whole decision.
        mvc.perform(decide(c, c.editor(), "HIDE", "Advertising.", spam).param("ideas", "999999:0").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Something ticked is not an idea or comment of this consultation")));
        assertThat(jdbc.queryForObject("select count(*) from idea where consultation_id = ? and moderation <> 'VISIBLE'", Long.class,
                c.consultationId())).isZero();

        mvc.perform(decide(c, c.editor(), "HIDE", "Advertising and insults have no place here.", spam, insult))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "consultation.moderation.decided"));
        mvc.perform(decide(c, c.editor(), "KEEP", "", fine)).andExpect(status().is3xxRedirection());

        mvc.perform(get(c.consultation() + "/hidden").param("lang", "en"))
                .andExpect(content().string(containsString("2 contributions to this consultation are hidden.")))
                .andExpect(content().string(containsString("Advertising and insults have no place here.")));
        mvc.perform(get(c.consultation()).param("lang", "en"))
                .andExpect(content().string(containsString("A fair idea")))
                .andExpect(content().string(not(containsString("Cheap watches"))))
                .andExpect(content().string(containsString("2 contributions are hidden by moderation.")));
        mvc.perform(get(queueAddress).with(user(c.editor())).param("lang", "en"))
                .andExpect(content().string(containsString("No report awaits review.")));
        assertThat(jdbc.queryForObject("select count(*) from mail_message", Long.class)).isEqualTo(mails + 2);
        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ? and subject like '%hidden%'", String.class,
                author.email())).contains("Advertising and insults have no place here.").contains("http://localhost" + c.idea(spam));
        assertThat(jdbc.queryForList("select decision from idea_moderation where idea_id in (?, ?, ?) order by idea_id", String.class,
                spam, insult, fine)).containsExactly("HIDE", "HIDE", "KEEP");
    }

    @Test
    void aDecisionLeavesAloneAnIdeaAnotherModeratorDecidedOnMeanwhile() throws Exception {
        Consulted c = consultations.consulted();
        Long first = consultations.idea(c, consultations.citizen(), "First flagged idea");
        Long second = consultations.idea(c, consultations.citizen(), "Second flagged idea");
        mvc.perform(flag(c, first, consultations.citizen(), "SPAM")).andExpect(status().is3xxRedirection());
        mvc.perform(flag(c, second, consultations.citizen(), "SPAM")).andExpect(status().is3xxRedirection());
        String firstSeen = first + ":" + version(first);
        String secondSeen = second + ":" + version(second);
        // Another moderator (a platform administrator) keeps the first idea, from its page.
        mvc.perform(post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(fixtures.admin())).with(csrf())
                        .param("ideas", firstSeen).param("decision", "KEEP").param("back", c.idea(first)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(c.idea(first)));
        mvc.perform(post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(c.editor())).with(csrf())
                        .param("ideas", firstSeen, secondSeen).param("decision", "HIDE").param("reason", "Spam."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "consultation.moderation.decided-some"));
        assertThat(jdbc.queryForObject("select moderation from idea where id = ?", String.class, first)).isEqualTo("VISIBLE");
        assertThat(jdbc.queryForObject("select moderation from idea where id = ?", String.class, second)).isEqualTo("HIDDEN");

        // Shown again from its page, its history public.
        mvc.perform(post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(c.editor())).with(csrf())
                .param("ideas", second + ":" + version(second)).param("decision", "KEEP")).andExpect(status().is3xxRedirection());
        mvc.perform(get(c.idea(second)).param("lang", "en"))
                .andExpect(content().string(containsString("Second flagged idea")))
                .andExpect(content().string(containsString("Hidden by the moderators")))
                .andExpect(content().string(containsString("Kept by the moderators")));
    }

    private String version(Long ideaId) {
        return ModerationService.versionOf(ideas.findById(ideaId).orElseThrow());
    }

    @Test
    void whatModerationHidesIsNeitherNamedNorAnsweredIntoNorCommentedOn() throws Exception {
        Consulted c = consultations.consulted();
        Long hidden = consultations.idea(c, consultations.citizen(), "Secret words of a hidden idea");
        Long other = consultations.idea(c, consultations.citizen(), "An idea that stands");
        mvc.perform(post("/manage/ideas/" + hidden + "/answer").with(user(c.editor())).with(csrf()).param("kind", "ACCEPTED")
                .param("text", "Taken.").param("commitmentId", c.commitment().getId().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(decide(c, c.editor(), "HIDE", "Abuse.", hidden)).andExpect(status().is3xxRedirection());

        mvc.perform(get(c.path() + "/commitments/" + c.commitment().getNumber()).param("lang", "en"))
                .andExpect(content().string(not(containsString("Secret words"))));
        mvc.perform(post("/manage/ideas/" + other + "/answer").with(user(c.editor())).with(csrf()).param("kind", "MERGED")
                        .param("text", "Same.").param("mergedInto", hidden.toString()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(c.idea(hidden) + "/comments").with(user(consultations.citizen())).with(csrf()).param("body", "Hello?")
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This contribution is hidden by moderation")));
        // The commitment it was accepted into is not deleted from under it, hidden as it is.
        mvc.perform(post("/manage/commitments/" + c.commitment().getId() + "/delete").with(user(c.editor())).with(csrf()))
                .andExpect(flash().attribute("notice", "commitment.error.delete-has-inputs"));

        // Hiding from an idea's page without a reason goes back to it and says why.
        mvc.perform(post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(c.editor())).with(csrf())
                        .param("ideas", other + ":" + version(other)).param("decision", "HIDE").param("back", c.idea(other)))
                .andExpect(redirectedUrl(c.idea(other))).andExpect(flash().attribute("notice", "consultation.moderation.error.reason"));
        // Any other address to go back to is not followed.
        mvc.perform(post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(c.editor())).with(csrf())
                        .param("ideas", other + ":" + version(other)).param("decision", "KEEP").param("back", "/parliaments/{x}"))
                .andExpect(redirectedUrl("/manage/consultations/" + c.consultationId() + "/moderation"));
    }

    /**
     * One person's supports and reports in a burst, more at once than the pool has connections: each is counted before
     * its action's transaction opens, so that none holds two connections and none waits for the others.
     */
    @Test
    void aBurstOfOnePersonsSupportsAndReportsIsNotStuckOnThePool() throws Exception {
        Consulted c = consultations.consulted();
        HemicycleUser eager = consultations.citizen();
        List<MockHttpServletRequestBuilder> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Long idea = consultations.idea(c, consultations.citizen(), "Idea " + i + " of the burst");
            burst.add(post(c.idea(idea) + "/support").with(user(eager)).with(csrf()));
            burst.add(flag(c, idea, eager, "SPAM"));
        }
        assertThat(AtOnce.statuses(mvc, burst)).containsOnly(302);
        assertThat(jdbc.queryForObject("select count(*) from idea_support where account_id = ?", Long.class, eager.id())).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from idea_flag where account_id = ?", Long.class, eager.id())).isEqualTo(12);
    }

    private MockHttpServletRequestBuilder flag(Consulted c, Long ideaId, HemicycleUser who, String reason) {
        return post(c.idea(ideaId) + "/flag").with(user(who)).with(csrf()).param("reason", reason);
    }

    private MockHttpServletRequestBuilder decide(Consulted c, HemicycleUser who, String decision, String reason, Long... ideaIds) {
        MockHttpServletRequestBuilder request = post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(who))
                .with(csrf()).param("decision", decision).param("reason", reason);
        for (Long ideaId : ideaIds) {
            request.param("ideas", ideaId + ":" + version(ideaId));
        }
        return request;
    }
}
