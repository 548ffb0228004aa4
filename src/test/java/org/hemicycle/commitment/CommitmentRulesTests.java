package org.hemicycle.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Adoption;
import org.hemicycle.plan.AuthorizationMechanism;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.plan.CommitmentSummary;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanDetails;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.plan.PlanStepLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

@HemicycleTest
class CommitmentRulesTests {

    @Autowired Fixtures fixtures;
    @Autowired CommitmentService commitments;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired JdbcTemplate jdbc;

    Parliament parliament;
    HemicycleUser editor;
    ActionPlan plan;

    @BeforeEach
    void setUp() {
        parliament = fixtures.parliament(null);
        editor = fixtures.editor(parliament);
        plan = fixtures.plan(editor, parliament);
    }

    @Test
    void numbersCommitmentsFromOneAndRefusesAnEleventh() {
        IntStream.rangeClosed(1, 10).forEach(i -> add("Commitment " + i));

        assertThat(commitmentsOf(plan.getId()))
                .extracting(CommitmentHeadline::getNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThatThrownBy(() -> add("Eleventh"))
                .isInstanceOf(PlanRuleViolation.class)
                .hasMessage("commitment.error.limit");
        assertThat(count()).isEqualTo(10);
    }

    @Test
    void theDatabaseItselfRefusesAnEleventhNumberAndDuplicates() {
        add("Only one");
        assertThatThrownBy(() -> jdbc.update("insert into commitment (plan_id, number, title, pillar, completion, version)"
                + " values (?, 11, 'Sneaked in', 'ETHICS', 'NOT_STARTED', 0)", plan.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into commitment (plan_id, number, title, pillar, completion, version)"
                + " values (?, 1, 'Duplicate', 'ETHICS', 'NOT_STARTED', 0)", plan.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingACommitmentClosesTheGap() {
        IntStream.rangeClosed(1, 5).forEach(i -> add("Commitment " + i));
        CommitmentHeadline third = commitmentsOf(plan.getId()).get(2);

        commitments.delete(editor, third.getId());

        assertThat(commitmentsOf(plan.getId()))
                .extracting(CommitmentHeadline::getNumber, CommitmentHeadline::getTitle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Commitment 1"),
                        org.assertj.core.groups.Tuple.tuple(2, "Commitment 2"),
                        org.assertj.core.groups.Tuple.tuple(3, "Commitment 4"),
                        org.assertj.core.groups.Tuple.tuple(4, "Commitment 5"));
    }

    @Test
    void commitmentDatesMustFallInsideThePlanPeriodAndEndAfterStart() {
        CommitmentText before = withDates(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 1));
        CommitmentText after = withDates(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));
        CommitmentText reversed = withDates(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1));

        assertThatThrownBy(() -> commitments.add(editor, plan.getId(), before))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.outside-plan");
        assertThatThrownBy(() -> commitments.add(editor, plan.getId(), after))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.outside-plan");
        assertThatThrownBy(() -> commitments.add(editor, plan.getId(), reversed))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.end-before-start");
        assertThat(count()).isZero();
    }

    @Test
    void activitiesMustFallInsideThePlanAndTheirCommitment() {
        Commitment commitment = commitments.add(editor, plan.getId(),
                withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30)));

        assertThatThrownBy(() -> commitments.addActivity(editor, commitment.getId(),
                new NewActivity("Too late", null, LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 1))))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.outside-plan")
                .extracting("field").isEqualTo("activityEnd");
        // The refusal names the date at fault and the timeframe it must fall in.
        assertThatThrownBy(() -> commitments.addActivity(editor, commitment.getId(),
                new NewActivity("Ends after the commitment", null, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 1))))
                .isInstanceOfSatisfying(PlanRuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("activity.error.outside-commitment-dates");
                    assertThat(refusal.field()).isEqualTo("activityEnd");
                    assertThat(refusal.arguments()).containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 30));
                });
        assertThatThrownBy(() -> commitments.addActivity(editor, commitment.getId(),
                new NewActivity("Outside the commitment", null, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1))))
                .isInstanceOf(PlanRuleViolation.class).extracting("field").isEqualTo("activityStart");
        assertThatThrownBy(() -> commitments.addActivity(editor, commitment.getId(),
                new NewActivity("Reversed", null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1))))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.end-before-start");

        commitments.addActivity(editor, commitment.getId(),
                new NewActivity("In time", null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1)));
        assertThat(jdbc.queryForObject("select count(*) from activity where commitment_id = ?", Integer.class,
                commitment.getId())).isEqualTo(1);
    }

    @Test
    void shorteningThePlanPeriodCannotStrandACommitment() {
        commitments.add(editor, plan.getId(), withDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)));

        assertThatThrownBy(() -> cycle.updateDetails(editor, plan.getId(),
                new PlanDetails("Shorter", null, Fixtures.PLAN_START, LocalDate.of(2025, 12, 31), "en"), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.period-excludes-commitment");
    }

    @Test
    void adoptedCommitmentsAreWithdrawnNotDeleted() {
        Parliament other = fixtures.parliament(null);
        HemicycleUser otherEditor = fixtures.editor(other);
        ActionPlan drafting = fixtures.planInDrafting(otherEditor, other);
        Commitment commitment = fixtures.completeCommitmentWithWork(otherEditor, drafting.getId(), "Open records");
        {
            cycle.advance(otherEditor, drafting.getId(), null);
            cycle.record(otherEditor, drafting.getId(), new Adoption(AuthorizationMechanism.PLENARY_MOTION, LocalDate.of(2025, 1, 15),
                    "Motion 7", null, null), null);
            cycle.advance(otherEditor, drafting.getId(), null);
        }

        assertThatThrownBy(() -> commitments.delete(otherEditor, commitment.getId()))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.delete-adopted");
    }


    private Commitment add(String title) {
        return commitments.add(editor, plan.getId(), Fixtures.draftCommitment(title));
    }

    private CommitmentText withDates(LocalDate start, LocalDate end) {
        CommitmentText draft = Fixtures.draftCommitment("Dated");
        return new CommitmentText(draft.title(), draft.pillar(), start, end, null, null, null, null, null, null,
                draft.ogpValues(), null, null, null, null, null, null, null, null);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from commitment where plan_id = ?", Integer.class, plan.getId());
    }

    /** The plan's commitments in number order, as its workspace lists them. */
    private List<CommitmentHeadline> commitmentsOf(Long planId) {
        return pages.workspace(editor, planId).commitments().stream().map(CommitmentSummary::commitment).toList();
    }
}
