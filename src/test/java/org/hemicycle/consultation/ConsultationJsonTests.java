package org.hemicycle.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.consultation.ConsultationFixtures.Consulted;
import org.hemicycle.site.RecordVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every consultation page has its JSON twin, linked from it: an idea with its comments and answers, a part of the
 * draft with its comments, the hidden inputs without their words, and the commitment with what shaped it.
 */
@HemicycleTest
class ConsultationJsonTests {

    @Autowired MockMvc mvc;
    @Autowired ConsultationFixtures consultations;
    @Autowired AnswerService answers;
    @Autowired ModerationService moderation;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anIdeasJsonHasItsThreadedCommentsTheirAnswersAndWhatModerationHidesWithoutItsWords() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "Publish committee agendas");
        HemicycleUser commenter = consultations.citizen();
        Long comment = comment(c, idea, commenter, "A week ahead, please.", null);
        Long reply = comment(c, idea, consultations.citizen(), "Two weeks would be better.", comment);
        Long rude = comment(c, idea, consultations.citizen(), "Useless idea, idiots.", null);
        answers.answer(c.editor(), comment, new IdeaAnswer(AnswerKind.NOT_ACCEPTED, "Agendas change late.", null, null), null);
        answers.answer(c.editor(), comment, new IdeaAnswer(AnswerKind.ACCEPTED, "A week ahead it is.", c.commitment().getId(), null),
                RecordVersion.of(new IdeaAnswer(AnswerKind.NOT_ACCEPTED, "Agendas change late.", null, null)));
        mvc.perform(post("/manage/consultations/" + c.consultationId() + "/moderation").with(user(c.editor())).with(csrf())
                        .param("ideas", rude + ":" + moderation.currentVersion(rude)).param("decision", "HIDE")
                        .param("reason", "Insults have no place here."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(c.idea(idea)).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/api/v1" + c.idea(idea))));
        mvc.perform(get("/api/v1" + c.idea(idea)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.idea.title").value("Publish committee agendas"))
                .andExpect(jsonPath("$.idea.kind").value("IDEA"))
                .andExpect(jsonPath("$.comments", hasSize(2)))
                .andExpect(jsonPath("$.comments[0].comment.id").value(comment))
                .andExpect(jsonPath("$.comments[0].comment.kind").value("COMMENT"))
                .andExpect(jsonPath("$.comments[0].comment.supports").value(nullValue()))
                .andExpect(jsonPath("$.comments[0].comment.answer.kind").value("ACCEPTED"))
                .andExpect(jsonPath("$.comments[0].comment.answer.commitmentNumber").value(1))
                .andExpect(jsonPath("$.comments[0].comment.earlierAnswers[0].reason").value("Agendas change late."))
                .andExpect(jsonPath("$.comments[0].replies[0].id").value(reply))
                .andExpect(jsonPath("$.comments[0].replies[0].replyTo").value(comment))
                .andExpect(jsonPath("$.comments[1].comment.body").value(nullValue()))
                .andExpect(jsonPath("$.comments[1].comment.hidden.reason").value("Insults have no place here."))
                .andExpect(jsonPath("$.comments[1].comment.author").value(nullValue()))
                .andExpect(content().string(not(containsString("idiots"))));
        // A comment's own address leads to its idea's document, as its page leads to its thread.
        mvc.perform(get("/api/v1" + c.idea(comment)))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/api/v1" + c.idea(idea) + "#comment-" + comment));

        mvc.perform(get(c.consultation() + "/hidden").param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/api/v1" + c.consultation() + "/hidden")));
        mvc.perform(get("/api/v1" + c.consultation() + "/hidden"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hidden[0].id").value(rude))
                .andExpect(jsonPath("$.hidden[0].kind").value("COMMENT"))
                .andExpect(jsonPath("$.hidden[0].hidden.state").value("HIDDEN"))
                .andExpect(content().string(not(containsString("idiots"))));
        mvc.perform(get("/api/v1" + c.consultation()))
                .andExpect(jsonPath("$.mostSupportedFirst[0].comments").value(3));
        mvc.perform(get("/api/v1" + c.idea(999_999L))).andExpect(status().isNotFound());
    }

    @Test
    void aDraftPartsJsonHasItsTextItsCommentsAndWhatTheCommitmentsJsonSaysOfThem() throws Exception {
        Consulted c = consultations.consulted();
        String issue = c.consultation() + "/commitments/1/issue";
        mvc.perform(post(issue).with(user(consultations.citizen())).with(csrf()).param("body", "Say how late."))
                .andExpect(status().is3xxRedirection());
        Long comment = jdbc.queryForObject("select max(id) from idea where consultation_id = ?", Long.class, c.consultationId());
        answers.answer(c.editor(), comment, new IdeaAnswer(AnswerKind.ACCEPTED, "Six weeks, now said.", c.commitment().getId(), null), null);

        mvc.perform(get(issue).param("lang", "en")).andExpect(content().string(containsString("href=\"/api/v1" + issue)));
        mvc.perform(get("/api/v1" + issue))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitmentNumber").value(1))
                .andExpect(jsonPath("$.part").value("ISSUE"))
                .andExpect(jsonPath("$.takesComments").value(true))
                .andExpect(jsonPath("$.comments[0].comment.id").value(comment))
                .andExpect(jsonPath("$.comments[0].comment.kind").value("ON_DRAFT"))
                .andExpect(jsonPath("$.comments[0].comment.body").value("Say how late."))
                .andExpect(jsonPath("$.comments[0].changedSince").value(false))
                .andExpect(jsonPath("$.comments[0].comment.answer.commitmentNumber").value(1));
        mvc.perform(get("/api/v1" + c.consultation() + "/commitments/1/budget")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1" + c.path() + "/commitments/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shapedBy.total").value(1))
                .andExpect(jsonPath("$.shapedBy.shown[0].id").value(comment))
                .andExpect(jsonPath("$.shapedBy.shown[0].comment").value(true))
                .andExpect(jsonPath("$.shapedBy.shown[0].supports").value(nullValue()))
                .andExpect(jsonPath("$.draftComments.consultation").value(c.consultationId()))
                .andExpect(jsonPath("$.draftComments.open").value(true))
                .andExpect(jsonPath("$.draftComments.parts[0].part").value("ISSUE"))
                .andExpect(jsonPath("$.draftComments.parts[0].comments").value(1))
                .andExpect(jsonPath("$.draftComments.parts[0].url").value("/api/v1" + issue))
                .andExpect(jsonPath("$.draftComments.parts[1].comments").value(0));
    }

    @Test
    void aNewConsultationsFormStartsInTheZoneOfThePlansLatestConsultation() throws Exception {
        Consulted c = consultations.consulted();
        mvc.perform(get("/manage/plans/" + c.plan().getId() + "/consultations").with(user(c.editor())).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"America/Santiago\" selected>")));
    }

    @Test
    void aConsultationRecordedAfterItClosedIsSaidClosedAndOffersNothingToJoin() throws Exception {
        Consulted c = consultations.consulted();
        String location = mvc.perform(post("/manage/plans/" + c.plan().getId() + "/consultations").with(user(c.editor())).with(csrf())
                        .param("title", "Held on paper last year").param("opensOn", "2024-03-01").param("opensAt", "08:00")
                        .param("closesOn", "2024-03-31").param("closesAt", "20:00").param("timeZone", "America/Santiago"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "consultation.opened.CLOSED"))
                .andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(c.path() + "/consultations/" + id).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No idea was submitted to this consultation.")))
                .andExpect(content().string(not(containsString("be the first"))))
                .andExpect(content().string(not(containsString("Follow by email"))));
    }

    @Test
    void aNewConsultationMissingItsTitleAndDatesSaysWhichIsMissing() throws Exception {
        Consulted c = consultations.consulted();
        mvc.perform(post("/manage/plans/" + c.plan().getId() + "/consultations").with(user(c.editor())).with(csrf()).param("lang", "en")
                        .param("title", " ").param("opensOn", "").param("opensAt", "08:00").param("closesOn", "").param("closesAt", "20:00")
                        .param("timeZone", "America/Santiago"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the consultation a title.")))
                .andExpect(content().string(containsString("Give the day it opens.")))
                .andExpect(content().string(containsString("Give the day it closes.")))
                .andExpect(content().string(not(containsString("Enter a value"))));
    }

    private Long comment(Consulted c, Long ideaId, HemicycleUser who, String body, Long replyTo) throws Exception {
        var request = post(c.idea(ideaId) + "/comments").with(user(who)).with(csrf()).param("body", body);
        if (replyTo != null) {
            request.param("replyTo", replyTo.toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from idea where comment_on_id = ? and author_id = ?", Long.class, ideaId, who.id());
    }
}
