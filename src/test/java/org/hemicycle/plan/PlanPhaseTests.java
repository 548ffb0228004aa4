package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HemicycleTest
class PlanPhaseTests {

    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired CommitmentService commitments;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aNewPlanStartsAtStepOneAsAnUnpublishedDraft() {
        Parliament parliament = fixtures.parliament(null);
        ActionPlan plan = fixtures.plan(fixtures.editor(parliament), parliament);

        assertThat(plan.getPhase()).isEqualTo(PlanPhase.POLITICAL_WILL);
        assertThat(plan.isPublished()).isFalse();
        assertThat(plan.getSlug()).isEqualTo("2025-2026");
    }

    @Test
    void refusesToMoveOnAndSaysWhichRecordsAreMissing() {
        Parliament parliament = fixtures.parliament(2012);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);

        PhaseRequirementsMissing refused = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), null));

        assertThat(refused.target()).isEqualTo(PlanPhase.LEAD_BODY);
        assertThat(refused.missing()).extracting(MissingRecord::messageKey).containsExactly(
                "plan.missing.political-will", "plan.missing.chambers", "plan.missing.ogp-annex-decision");
        assertThat(phaseOf(plan)).isEqualTo("POLITICAL_WILL");
    }

    @Test
    void noAdoptionWithoutALeadBodyAndAnAuthorizationMechanism() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open records");
        cycle.record(editor, plan.getId(), new LeadBody(null, null, null, null, null, null), null);

        PhaseRequirementsMissing refused = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), null));

        assertThat(refused.target()).isEqualTo(PlanPhase.ADOPTION);
        assertThat(refused.missing()).extracting(MissingRecord::messageKey)
                .containsExactly("plan.missing.lead-body-name", "plan.missing.authorization-mechanism");
    }

    @Test
    void goingToAdoptionNeedsEveryAnnexAFieldOfEveryCommitment() {
        Parliament parliament = fixtures.parliament(2011);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        fixtures.completeCommitmentWithWork(editor, plan.getId(), "Complete one");
        commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Bare draft"));

        PhaseRequirementsMissing refused = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), null));

        assertThat(refused.missing()).allSatisfy(missing -> assertThat(missing.commitmentNumber()).isEqualTo(2));
        assertThat(refused.missing()).extracting(MissingRecord::fieldKey).containsExactly(
                "commitment.field.timeframe", "commitment.field.responsible-institution", "commitment.field.issue",
                "commitment.field.description", "commitment.field.justification", "commitment.field.ogp-values",
                "commitment.field.ogp-relevance", "commitment.field.activities", "commitment.field.indicators",
                "commitment.field.contact-person");
    }

    @Test
    void aCompletePlanGoesThroughAdoptionToImplementationWithAPublicHistory() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open records");

        cycle.advance(editor, plan.getId(), null);
        assertThatThrownBy(() -> cycle.advance(editor, plan.getId(), null))
                .isInstanceOf(PhaseRequirementsMissing.class);
        cycle.record(editor, plan.getId(), new Adoption(AuthorizationMechanism.PLENARY_MOTION,
                LocalDate.of(2024, 12, 10), "Motion 12/2024", "https://example.org/motion-12", null), null);
        PlanPhase reached = cycle.advance(editor, plan.getId(), null);

        assertThat(reached).isEqualTo(PlanPhase.IMPLEMENTATION);
        List<String> history = jdbc.queryForList("select to_phase from phase_transition where plan_id = ? order by id",
                String.class, plan.getId());
        assertThat(history).containsExactly("POLITICAL_WILL", "LEAD_BODY", "POINT_OF_CONTACT",
                "CIVIL_SOCIETY_ENGAGEMENT", "CO_CREATION_DESIGN", "DRAFTING", "ADOPTION", "IMPLEMENTATION");
    }

    @Test
    void anAdoptionDateCannotBeInTheFuture() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);

        assertThatThrownBy(() -> cycle.record(editor, plan.getId(), new Adoption(
                AuthorizationMechanism.OTHER, LocalDate.now().plusDays(1), "Future", null, null), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.adoption-in-future");
    }

    @Test
    void chambersMustBelongToThePlansParliament() {
        Parliament parliament = fixtures.parliament(null);
        Parliament other = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        Long foreignChamber = fixtures.chambers(other).get(0).getId();

        assertThatThrownBy(() -> cycle.record(editor, plan.getId(),
                new PoliticalWill("Will", List.of(foreignChamber), null, null), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.unknown-chamber");
    }

    private String phaseOf(ActionPlan plan) {
        return jdbc.queryForObject("select phase from action_plan where id = ?", String.class, plan.getId());
    }
}
