package org.hemicycle.review;

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
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.site.RecordVersion;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The three assessments of a commitment, side by side with where they disagree and the star computed, and the
 * independent review from its draft to its frozen publication.
 */
@HemicycleTest
class ReviewPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    record Adopted(Parliament parliament, HemicycleUser editor, ActionPlan plan, Long commitmentId, String path) {

        String commitmentPage() {
            return path + "/commitments/1";
        }

        String assessment(String source) {
            return "/manage/commitments/" + commitmentId + "/assessments/" + source;
        }

        String review() {
            return "/manage/plans/" + plan.getId() + "/review";
        }
    }

    private Adopted adopted() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        Long commitmentId = jdbc.queryForObject("select id from commitment where plan_id = ?", Long.class, plan.getId());
        return new Adopted(parliament, editor, plan, commitmentId,
                "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug());
    }

    private static MockHttpServletRequestBuilder assess(String address, HemicycleUser who, String specificity, String impact,
                                                        String completion, String justification) {
        return post(address).with(user(who)).with(csrf()).param("specificity", specificity).param("verifiable", "true")
                .param("relevance", "ACCESS_TO_INFORMATION").param("potentialImpact", impact).param("completion", completion)
                .param("justification", justification);
    }

    @Test
    void threeAssessmentsSideBySideSayWhereTheyDisagreeAndTheStarIsComputed() throws Exception {
        Adopted a = adopted();
        HemicycleUser civilSociety = fixtures.user(a.parliament(), ParliamentRole.CIVIL_SOCIETY);
        mvc.perform(assess(a.assessment("self"), a.editor(), "HIGH", "TRANSFORMATIVE", "COMPLETE", "Every vote is online."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "assessment.saved"));
        mvc.perform(assess(a.assessment("civil-society"), civilSociety, "HIGH", "MINOR", "LIMITED", "Only plenary votes are."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(a.commitmentPage()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"assessments\">Assessments</h2>")))
                .andExpect(content().string(containsString("Every vote is online.")))
                .andExpect(content().string(containsString("Only plenary votes are.")))
                .andExpect(content().string(containsString("The assessments disagree")))
                // Both high: no difference said on specificity; impact and completion differ.
                .andExpect(content().string(containsString("<tr class=\"\">\n                <th scope=\"row\">Specificity</th>")))
                .andExpect(content().string(containsString("<th scope=\"row\">Potential impact <span class=\"tag tag--warning\">They differ</span>")))
                .andExpect(content().string(containsString("★ Starred")))
                .andExpect(content().string(containsString("Not starred")));
        mvc.perform(get(a.commitmentPage()).param("lang", "es"))
                .andExpect(content().string(containsString("Evaluaciones")))
                .andExpect(content().string(containsString("Transformador")));
        // Civil society's assessment is one for all its members; an earlier state stays on the record.
        HemicycleUser anotherMember = fixtures.user(a.parliament(), ParliamentRole.CIVIL_SOCIETY);
        mvc.perform(get(a.assessment("civil-society")).with(user(anotherMember)).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Only plenary votes are.")));
        mvc.perform(assess(a.assessment("civil-society"), anotherMember, "HIGH", "MODERATE", "SUBSTANTIAL", "Committees publish too now.")
                        .param("recordVersion", RecordVersion.of(new AssessmentForm(org.hemicycle.commitment.Irm.Specificity.HIGH, true,
                                java.util.Set.of(org.hemicycle.commitment.Irm.Value.ACCESS_TO_INFORMATION),
                                org.hemicycle.commitment.Irm.PotentialImpact.MINOR, null, org.hemicycle.plan.Completion.LIMITED, null, null,
                                "Only plenary votes are."))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(a.assessment("civil-society")).with(user(anotherMember)).param("lang", "en"))
                .andExpect(content().string(containsString("Earlier states of this assessment")));
        // A form shown before that change is refused rather than overwriting it.
        mvc.perform(assess(a.assessment("civil-society"), civilSociety, "LOW", "MINOR", "LIMITED", "Stale.")
                        .param("recordVersion", RecordVersion.of(AssessmentForm.EMPTY)).param("lang", "en"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from assessment where commitment_id = ?", Long.class, a.commitmentId())).isEqualTo(3);
    }

    @Test
    void onlyItsSourceGivesAnAssessmentAndOnlyOfAnAdoptedPlanWithAJustification() throws Exception {
        Adopted a = adopted();
        HemicycleUser citizen = fixtures.user(fixtures.parliament(null));
        HemicycleUser civilSociety = fixtures.user(a.parliament(), ParliamentRole.CIVIL_SOCIETY);
        mvc.perform(assess(a.assessment("self"), citizen, "HIGH", "MINOR", "LIMITED", "Mine.")).andExpect(status().isForbidden());
        mvc.perform(assess(a.assessment("self"), civilSociety, "HIGH", "MINOR", "LIMITED", "Mine.")).andExpect(status().isForbidden());
        mvc.perform(assess(a.assessment("civil-society"), a.editor(), "HIGH", "MINOR", "LIMITED", "Ours.")).andExpect(status().isForbidden());
        mvc.perform(assess(a.assessment("self"), a.editor(), "HIGH", "MINOR", "LIMITED", " ").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the justification of the assessment.")));
        mvc.perform(assess(a.assessment("self"), a.editor(), "VERY_HIGH", "MINOR", "LIMITED", "Typed.").param("lang", "en"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/manage/commitments/" + a.commitmentId() + "/assessments/everyone").with(user(a.editor())))
                .andExpect(status().isNotFound());
        // The reviewer's assessment is part of a review, which must be started first.
        HemicycleUser reviewer = fixtures.user(a.parliament(), ParliamentRole.REVIEWER);
        mvc.perform(assess(a.assessment("independent"), reviewer, "HIGH", "MINOR", "LIMITED", "Early.").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("start the review first")));

        Parliament other = fixtures.parliament(null);
        HemicycleUser drafting = fixtures.editor(other);
        ActionPlan plan = fixtures.planInDrafting(drafting, other);
        Long draftCommitment = fixtures.completeCommitmentWithWork(drafting, plan.getId(), "Still a draft").getId();
        mvc.perform(assess("/manage/commitments/" + draftCommitment + "/assessments/self", drafting, "HIGH", "MINOR", "LIMITED", "Early.")
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("once the plan is adopted")));
        assertThat(jdbc.queryForObject("select count(*) from assessment where commitment_id in (?, ?)", Long.class,
                a.commitmentId(), draftCommitment)).isZero();
    }

    @Test
    void aReviewIsDraftedOpenedForCommentAnsweredAndPublishedThenFrozen() throws Exception {
        Adopted a = adopted();
        HemicycleUser reviewer = fixtures.user(a.parliament(), ParliamentRole.REVIEWER);
        HemicycleUser citizen = fixtures.user(fixtures.parliament(null));
        String publicReview = a.path() + "/review";
        mvc.perform(get(a.review()).with(user(citizen))).andExpect(status().isForbidden());
        mvc.perform(post(a.review() + "/start").with(user(reviewer)).with(csrf())).andExpect(status().is3xxRedirection());
        // Started twice (two tabs): still one review.
        mvc.perform(post(a.review() + "/start").with(user(reviewer)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from review where plan_id = ?", Long.class, a.plan().getId())).isOne();

        mvc.perform(assess(a.assessment("independent"), reviewer, "MEDIUM", "TRANSFORMATIVE", "SUBSTANTIAL", "Votes are out, late."))
                .andExpect(status().is3xxRedirection());
        // A draft is the reviewer's alone.
        mvc.perform(get(a.commitmentPage()).param("lang", "en")).andExpect(content().string(not(containsString("Votes are out, late."))));
        mvc.perform(get(publicReview).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No independent review of this plan yet.")));
        mvc.perform(get("/api/v1" + publicReview).with(user(reviewer)))
                .andExpect(jsonPath("$.state").doesNotExist())
                .andExpect(content().string(not(containsString("Votes are out, late."))));

        mvc.perform(post(a.review() + "/open").with(user(reviewer)).with(csrf()).param("lang", "en").param("version", "0")
                        .param("commentsCloseOn", LocalDate.now().plusWeeks(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Write the overall recommendations.")));
        mvc.perform(post(a.review() + "/recommendations").with(user(reviewer)).with(csrf()).param("version", "0")
                .param("recommendations", "Publish committee votes the same day.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(a.review() + "/open").with(user(reviewer)).with(csrf()).param("lang", "en").param("version", "1")
                        .param("commentsCloseOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Take comments for at least 7 days")));
        // A form from before the recommendations were saved is told the review changed.
        mvc.perform(post(a.review() + "/open").with(user(reviewer)).with(csrf()).param("lang", "en").param("version", "0")
                        .param("commentsCloseOn", LocalDate.now().plusWeeks(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The review changed since this page was opened")));
        mvc.perform(post(a.review() + "/open").with(user(reviewer)).with(csrf()).param("version", "1")
                        .param("commentsCloseOn", LocalDate.now().plusWeeks(2).toString()))
                .andExpect(status().is3xxRedirection());

        // Open for comment: public, marked as a draft on the commitment page, and commented on.
        mvc.perform(get(a.commitmentPage()).param("lang", "en"))
                .andExpect(content().string(containsString("Votes are out, late.")))
                .andExpect(content().string(containsString("part of a review still open for comment")));
        mvc.perform(post(publicReview + "/comments").with(user(citizen)).with(csrf()).param("body", " ").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Write your comment.")));
        mvc.perform(post(publicReview + "/comments").with(user(citizen)).with(csrf()).param("body", "Committees are still late."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(publicReview + "/comments").with(csrf()).param("body", "Anonymous.")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        Long comment = jdbc.queryForObject("select id from review_comment where body = ?", Long.class, "Committees are still late.");
        mvc.perform(get(publicReview).param("lang", "en"))
                .andExpect(content().string(containsString("Open for public comment")))
                .andExpect(content().string(containsString("Publish committee votes the same day.")))
                .andExpect(content().string(containsString("Committees are still late.")))
                .andExpect(content().string(containsString("The reviewer has not answered yet.")));

        // Not before the period ends, nor with a comment unanswered.
        mvc.perform(post(a.review() + "/publish").with(user(reviewer)).with(csrf()).param("version", "2").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("publish the review after that day")));
        jdbc.update("update review set comments_close_on = ? where plan_id = ?", java.sql.Date.valueOf(LocalDate.now().minusDays(1)),
                a.plan().getId());
        mvc.perform(post(publicReview + "/comments").with(user(citizen)).with(csrf()).param("body", "Too late.").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This review is not open for comment.")));
        mvc.perform(post(a.review() + "/publish").with(user(reviewer)).with(csrf()).param("version", "2").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("One comment awaits its answer")));
        mvc.perform(post(a.review() + "/comments/" + comment + "/answer").with(user(reviewer)).with(csrf())
                .param("answer", "Noted: the committee votes are now assessed as late.")).andExpect(status().is3xxRedirection());
        // A second answer, from a form sent meanwhile, does not replace the first.
        mvc.perform(post(a.review() + "/comments/" + comment + "/answer").with(user(reviewer)).with(csrf()).param("lang", "en")
                        .param("answer", "Overwritten."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("it has been answered already")));
        mvc.perform(post(a.review() + "/publish").with(user(reviewer)).with(csrf()).param("version", "2"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "review.published"));

        // Published: frozen, citable, the star final.
        mvc.perform(get(publicReview).param("lang", "en"))
                .andExpect(content().string(containsString("Published: this review is final and does not change.")))
                .andExpect(content().string(containsString("How to cite it:")))
                .andExpect(content().string(containsString(publicReview)))
                .andExpect(content().string(containsString("Noted: the committee votes are now assessed as late.")))
                .andExpect(content().string(containsString("★ Starred")));
        mvc.perform(get(a.commitmentPage()).param("lang", "en"))
                .andExpect(content().string(not(containsString("part of a review still open for comment"))));
        mvc.perform(assess(a.assessment("independent"), reviewer, "LOW", "MINOR", "LIMITED", "Second thoughts.").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("it is frozen")));
        mvc.perform(post(a.review() + "/recommendations").with(user(reviewer)).with(csrf()).param("version", "3").param("lang", "en")
                .param("recommendations", "Changed.")).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select recommendations from review where plan_id = ?", String.class, a.plan().getId()))
                .isEqualTo("Publish committee votes the same day.");
        assertThat(jdbc.queryForObject("select count(*) from assessment where source = 'INDEPENDENT' and commitment_id = ?", Long.class,
                a.commitmentId())).isOne();

        // All of it in JSON too.
        mvc.perform(get("/api/v1" + publicReview))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.recommendations").value("Publish committee votes the same day."))
                .andExpect(jsonPath("$.commitments[0].assessment.specificity").value("MEDIUM"))
                .andExpect(jsonPath("$.commitments[0].assessment.starred").value(true))
                .andExpect(jsonPath("$.comments[0].answer").value("Noted: the committee votes are now assessed as late."));
        mvc.perform(get("/api/v1" + a.commitmentPage()))
                .andExpect(jsonPath("$.assessments[0].source").value("INDEPENDENT"))
                .andExpect(jsonPath("$.assessments[0].relevance[0]").value("ACCESS_TO_INFORMATION"))
                .andExpect(jsonPath("$.independentAssessmentFinal").value(true));
    }

    @Test
    void aReviewIsNotOpenedWhileACommitmentIsUnassessed() throws Exception {
        Adopted a = adopted();
        HemicycleUser reviewer = fixtures.user(a.parliament(), ParliamentRole.REVIEWER);
        mvc.perform(post(a.review() + "/start").with(user(reviewer)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(a.review() + "/recommendations").with(user(reviewer)).with(csrf()).param("version", "0")
                .param("recommendations", "More.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(a.review() + "/open").with(user(reviewer)).with(csrf()).param("lang", "en").param("version", "1")
                        .param("commentsCloseOn", LocalDate.now().plusWeeks(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("One commitment is not assessed yet")));
        assertThat(jdbc.queryForObject("select state from review where plan_id = ?", String.class, a.plan().getId())).isEqualTo("DRAFT");
    }

    @Test
    void theCommitmentPageReadsAsManyStatementsWithOneRevisionAsWithMany() throws Exception {
        Adopted a = adopted();
        mvc.perform(assess(a.assessment("self"), a.editor(), "HIGH", "MINOR", "LIMITED", "First.")).andExpect(status().is3xxRedirection());
        long once = statementsFor(a.commitmentPage());
        for (int i = 0; i < 5; i++) {
            mvc.perform(assess(a.assessment("self"), a.editor(), "HIGH", "MINOR", "LIMITED", "Again " + i)).andExpect(status().is3xxRedirection());
        }
        assertThat(statementsFor(a.commitmentPage())).isEqualTo(once);
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
