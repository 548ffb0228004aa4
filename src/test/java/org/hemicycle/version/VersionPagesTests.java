package org.hemicycle.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanRuleViolation;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Drafts saved and compared, the adopted text frozen, and amendments with their reasons, through the site. */
@HemicycleTest
class VersionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanCycle cycle;
    @Autowired CommitmentService commitments;
    @Autowired VersionService versions;
    @Autowired org.hemicycle.consultation.ConsultationService consultations;
    @Autowired org.hemicycle.consultation.DraftCommentService drafts;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void draftsAreSavedListedAndComparedWordByWord() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment commitment = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the records");
        cycle.publish(editor, plan.getId());
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/versions";

        mvc.perform(post("/manage/plans/" + plan.getId() + "/versions").with(user(editor)).with(csrf())
                        .param("kind", "DRAFT_FOR_CONSULTATION").param("label", "Put to the citizens"))
                .andExpect(status().is3xxRedirection());
        commitments.update(editor, commitment.getId(), Fixtures.completeCommitment("Open the records")
                .withDescription("Open them all, in bulk."), null);
        commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Publish the votes"));
        mvc.perform(post("/manage/plans/" + plan.getId() + "/versions").with(user(editor)).with(csrf()).param("kind", "DRAFT"))
                .andExpect(status().is3xxRedirection());
        // The same text kept again as a draft would be a version that says nothing.
        mvc.perform(post("/manage/plans/" + plan.getId() + "/versions").with(user(editor)).with(csrf()).param("kind", "DRAFT")
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This text is already kept as version 2")));

        mvc.perform(get(path).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft for consultation")))
                .andExpect(content().string(containsString("Put to the citizens")))
                .andExpect(content().string(containsString("2 versions, the latest first")));
        mvc.perform(get(path + "/compare").param("from", "1").param("to", "2").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<del class=\"diff\"><span class=\"visually-hidden\">Removed: </span>them.</del>"
                        + "<ins class=\"diff\"><span class=\"visually-hidden\">Added: </span>them all, in bulk.</ins>")))
                .andExpect(content().string(containsString("1 commitment changed, 1 added, 0 removed.")))
                .andExpect(content().string(containsString("Publish the votes")));
        // The first version is what it was when saved, whatever changed since.
        mvc.perform(get(path + "/1").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open them.")))
                .andExpect(content().string(not(containsString("in bulk"))))
                .andExpect(content().string(containsString("Borrador para consulta")));
        mvc.perform(get("/api/v1" + path))
                .andExpect(jsonPath("$[0].number").value(2))
                .andExpect(jsonPath("$[1].kind").value("DRAFT_FOR_CONSULTATION"))
                .andExpect(jsonPath("$[1].label").value("Put to the citizens"));
        mvc.perform(get("/api/v1" + path + "/1"))
                .andExpect(jsonPath("$.text.commitments.length()").value(1))
                .andExpect(jsonPath("$.text.commitments[0].fields[?(@.label == 'commitment.field.description')].value", hasItem("Open them.")));
        mvc.perform(get("/api/v1" + path + "/compare").param("from", "1"))
                .andExpect(jsonPath("$.commitments[1].change").value("ADDED"));
        mvc.perform(get("/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/repository").param("lang", "en"))
                .andExpect(content().string(containsString("Draft put to consultation")))
                .andExpect(content().string(containsString(path + "/1\"")));
        mvc.perform(get(path + "/9")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/compare").param("from", "1").param("to", "yesterday")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/compare").param("from", "x")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/abc")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/compare").param("from", "2").param("to", "2").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is version 2 compared with itself")));
    }

    @Test
    void adoptionFreezesTheTextWhichChangesOnlyByAnAmendmentWithItsReason() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        Commitment commitment = commitments.wholeCommitmentsOf(editor, plan.getId()).get(0).commitment();
        Activity activity = commitments.workspace(editor, commitment.getId()).activities().get(0);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/versions";
        String manage = "/manage/plans/" + plan.getId();

        assertThat(jdbc.queryForList("select kind from plan_version where plan_id = ?", String.class, plan.getId()))
                .containsExactly("ADOPTED");
        mvc.perform(post("/manage/commitments/" + commitment.getId()).with(user(editor)).with(csrf()).param("lang", "en")
                        .param("title", "Open the records").param("pillar", "OPEN_DATA"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This plan has been adopted: its text changes only through an amendment.")));
        mvc.perform(post(manage + "/versions").with(user(editor)).with(csrf()).param("lang", "en").param("kind", "DRAFT"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("its changes are amendments now")));

        mvc.perform(post(manage + "/amendment").with(user(editor)).with(csrf()).param("lang", "en").param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say why the adopted plan is amended.")));
        mvc.perform(post(manage + "/amendment").with(user(editor)).with(csrf()).param("reason", "Decision 12/2026 extends the deadline of the portal."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path).param("lang", "en"))
                .andExpect(content().string(containsString("An amendment has been under way since")))
                // Dated in the parliament's zone, named (Testland has none of its own, so UTC), never a bare Z.
                .andExpect(content().string(containsString(" UTC")))
                .andExpect(content().string(containsString("Decision 12/2026 extends the deadline of the portal.")));
        mvc.perform(post(manage + "/amendment/record").with(user(editor)).with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Nothing has changed since the last version")))
                // Said as an error, not in the box that confirms what was done.
                .andExpect(content().string(containsString("<div class=\"error-summary\" role=\"alert\"")))
                .andExpect(content().string(not(containsString("class=\"notice\""))));

        mvc.perform(post("/manage/commitments/" + commitment.getId() + "/activities/" + activity.getId()).with(user(editor)).with(csrf())
                        .param("activity", activity.getDescription()).param("deliverable", "Portal")
                        .param("activityStart", "2025-03-01").param("activityEnd", "2026-03-31"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(manage + "/amendment/cancel").with(user(editor)).with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This amendment has already changed the plan")));
        mvc.perform(post(manage + "/amendment/record").with(user(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(path).param("lang", "en"))
                .andExpect(content().string(containsString("Amendment")))
                .andExpect(content().string(containsString("Decision 12/2026 extends the deadline of the portal.")))
                .andExpect(content().string(not(containsString("under way since"))));
        mvc.perform(get("/api/v1" + path + "/compare").param("from", "1").param("to", "2"))
                .andExpect(jsonPath("$.commitments[0].change").value("CHANGED"))
                .andExpect(jsonPath("$.commitments[0].activities[0].fields[0].label").value("activity.field.end-date"))
                .andExpect(jsonPath("$.commitments[0].activities[0].fields[0].segments[0].text").value("2025-12-31"))
                .andExpect(jsonPath("$.commitments[0].activities[0].fields[0].segments[1].text").value("2026-03-31"));
        mvc.perform(get("/api/v1" + path + "/1"))
                .andExpect(jsonPath("$.version.kind").value("ADOPTED"))
                .andExpect(jsonPath("$.text.commitments[0].activities[0].fields[?(@.label == 'activity.field.end-date')].value", hasItem("2025-12-31")));
        // Recorded, the amendment is closed: the next change needs the next amendment.
        assertThatThrownBy(() -> commitments.updateActivity(editor, commitment.getId(), activity.getId(),
                new NewActivity(activity.getDescription(), "Portal", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 4, 30)), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.amendment-needed");

        // Its completion is progress, reported without an amendment; its title and period are adopted text.
        Commitment adopted = commitments.wholeCommitmentsOf(editor, plan.getId()).get(0).commitment();
        CommitmentText progressed = adopted.text().withCompletion(org.hemicycle.plan.Completion.SUBSTANTIAL);
        commitments.update(editor, commitment.getId(), progressed, null);
        assertThat(commitments.wholeCommitmentsOf(editor, plan.getId()).get(0).commitment().getCompletion())
                .isEqualTo(org.hemicycle.plan.Completion.SUBSTANTIAL);
        assertThatThrownBy(() -> cycle.updateDetails(editor, plan.getId(), new org.hemicycle.plan.PlanDetails("Renamed",
                null, plan.getPeriodStart(), plan.getPeriodEnd(), "en"), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.amendment-needed");
        cycle.updateDetails(editor, plan.getId(), new org.hemicycle.plan.PlanDetails(plan.getTitle(), "A new summary.",
                plan.getPeriodStart(), plan.getPeriodEnd(), "en"), null);

        // What was adopted is amended, not commented on as a draft, even in a consultation opened since.
        java.time.ZonedDateTime opened = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).minusDays(1);
        Long consultation = consultations.open(editor, plan.getId(), new org.hemicycle.consultation.ConsultationDetails(
                "Mid-term review", null, null, opened.toLocalDate(), java.time.LocalTime.of(0, 0),
                opened.toLocalDate().plusDays(9), java.time.LocalTime.of(23, 0), "UTC")).getId();
        HemicycleUser citizen = fixtures.user(fixtures.parliament(null));
        assertThatThrownBy(() -> drafts.comment(citizen, parliament.getSlug(), plan.getSlug(), consultation, 1,
                org.hemicycle.commitment.CommitmentPart.ISSUE, null, new org.hemicycle.consultation.NewComment("Late.", null), null))
                .isInstanceOf(org.hemicycle.consultation.ConsultationRuleViolation.class).hasMessage("consultation.draft.error.adopted");
        mvc.perform(get("/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/commitments/1").param("lang", "en"))
                .andExpect(content().string(not(containsString("Comment on this part"))));

        // One that changed nothing is cancelled; progress needs no amendment.
        versions.openAmendment(editor, plan.getId(), "Typo, in the end none.");
        mvc.perform(post(manage + "/amendment/cancel").with(user(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        commitments.setActivityCompleted(editor, commitment.getId(), activity.getId(), true);
        assertThat(jdbc.queryForObject("select count(*) from plan_amendment where plan_id = ?", Integer.class, plan.getId())).isZero();
    }

    @Test
    void onlyThePlanTeamSavesVersionsAndDraftPlansKeepThemToItself() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        versions.take(editor, plan.getId(), VersionKind.DRAFT, null);
        HemicycleUser citizen = fixtures.user(parliament);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/versions";

        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(path + "/1")).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(editor))).andExpect(status().isOk());
        mvc.perform(get("/manage/plans/" + plan.getId() + "/versions").with(user(citizen))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/plans/" + plan.getId() + "/versions").with(user(citizen)).with(csrf()).param("kind", "DRAFT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/plans/" + plan.getId() + "/versions").with(user(editor)).param("kind", "DRAFT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/plans/" + plan.getId() + "/versions").with(user(editor)).with(csrf()).param("kind", "ADOPTED"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/manage/plans/" + plan.getId() + "/versions").with(user(editor)).with(csrf())
                        .param("kind", "DRAFT").param("label", "x".repeat(201)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/manage/plans/" + plan.getId() + "/amendment").with(user(editor)).with(csrf()).param("reason", "Too early"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.queryForObject("select count(*) from plan_version where plan_id = ?", Integer.class, plan.getId())).isEqualTo(1);
    }

    @Test
    void versionsSavedAtOnceGetTheNextNumbersEach() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String label = "Draft " + i;
            saves.add(() -> versions.take(editor, plan.getId(), VersionKind.DRAFT, label).getNumber());
        }

        assertThat(AtOnce.run(saves)).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void theSameDraftKeptFourTimesAtOnceIsOneVersion() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            saves.add(() -> {
                try {
                    return "kept " + versions.take(editor, plan.getId(), VersionKind.DRAFT, null).getNumber();
                } catch (org.hemicycle.plan.PlanRuleViolation refused) {
                    return refused.messageKey();
                }
            });
        }

        assertThat(AtOnce.run(saves)).containsExactlyInAnyOrder("kept 1", "version.error.already-kept",
                "version.error.already-kept", "version.error.already-kept");
    }

    @Test
    void theListReadsAsManyStatementsWithOneVersionAsWithMany() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the records");
        cycle.publish(editor, plan.getId());
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/versions";
        versions.take(editor, plan.getId(), VersionKind.DRAFT, null);
        long withOne = statements(path);
        for (int i = 0; i < 5; i++) {
            versions.take(editor, plan.getId(), VersionKind.DRAFT, "Draft " + i);
        }

        assertThat(statements(path)).isEqualTo(withOne);
        assertThat(statements(path + "/compare?from=1&to=6")).isEqualTo(statements(path + "/compare?from=1&to=2"));
    }




    private long statements(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
