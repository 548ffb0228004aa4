package org.hemicycle.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CommitmentSummary;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.plan.OgpValue;
import org.hemicycle.plan.PhaseRequirementsMissing;
import org.hemicycle.plan.Pillar;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanCycleFixtures;
import org.hemicycle.plan.PlanPhase;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.plan.PlanStepLists;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The commitment module's rules with the plan and parliament modules it uses and a real database: the numbering
 * of Annex A, the event that announces a change, and the answers the plan module reads through
 * {@link PlanCommitments}.
 */
// Commitments only name accounts' types (Actor); the account module is included for the accounts editors sign in with.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"account", "mail", "site"})
class CommitmentModuleTests {


    private final CommitmentService commitments;
    private final PlanCommitments ofPlans;
    private final PlanCycleFixtures setUp;
    private final PlanCycle cycle;
    private final PlanStepLists lists;
    private final ParliamentService parliaments;
    private final AccountService accounts;

    CommitmentModuleTests(CommitmentService commitments, PlanCommitments ofPlans, PlanCycle cycle, PlanStepLists lists,
                          ParliamentService parliaments, AccountService accounts) {
        this.setUp = new PlanCycleFixtures(parliaments, accounts, cycle, lists);
        this.commitments = commitments;
        this.ofPlans = ofPlans;
        this.cycle = cycle;
        this.lists = lists;
        this.parliaments = parliaments;
        this.accounts = accounts;
    }

    @Test
    void commitmentsAreNumberedOneToTenWithoutGapsAndAnEleventhIsRefused() {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.plan(editor, parliament);
        IntStream.rangeClosed(1, 10).forEach(n -> commitments.add(editor, plan.getId(), draft("Commitment " + n)));
        assertThat(numbered(plan)).extracting(Numbered::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        commitments.delete(editor, commitmentNumbered(plan, 3));
        // The commitments after the deleted one move up: Annex A never shows a gap.
        assertThat(numbered(plan)).containsExactly(new Numbered(1, "Commitment 1"), new Numbered(2, "Commitment 2"),
                new Numbered(3, "Commitment 4"), new Numbered(4, "Commitment 5"), new Numbered(5, "Commitment 6"),
                new Numbered(6, "Commitment 7"), new Numbered(7, "Commitment 8"), new Numbered(8, "Commitment 9"),
                new Numbered(9, "Commitment 10"));

        // The freed place is the last one, and only one place was freed.
        assertThat(commitments.add(editor, plan.getId(), draft("Replacement")).getNumber()).isEqualTo(10);
        PlanRuleViolation refused = catchThrowableOfType(PlanRuleViolation.class,
                () -> commitments.add(editor, plan.getId(), draft("Eleventh")));
        assertThat(refused.messageKey()).isEqualTo("commitment.error.limit");
        assertThat(refused.arguments()).containsExactly(PlanCommitments.MAX_PER_PLAN);
        assertThat(numbered(plan)).hasSize(10).last().isEqualTo(new Numbered(10, "Replacement"));
    }

    @Test
    void addingACommitmentAnnouncesItWithThePlansIdAndAddress(Scenario scenario) {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.plan(editor, parliament);

        scenario.stimulate(() -> commitments.add(editor, plan.getId(), draft("Open the committee records")))
                .andWaitForEventOfType(CommitmentChanged.class)
                .matching(event -> event.planId().equals(plan.getId()))
                .toArriveAndVerify((event, added) -> {
                    assertThat(event.commitmentId()).isEqualTo(added.getId());
                    assertThat(event.parliamentId()).isEqualTo(parliament.getId());
                    assertThat(event.planAddress()).isEqualTo(new PlanAddress(parliament.getSlug(), "2025-2026"));
                });
    }

    @Test
    void thePlanReadsItsAnnexAGapsThroughPlanCommitments() {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.planInDrafting(editor, parliament);
        Commitment complete = commitments.add(editor, plan.getId(), complete("Open the committee records"));
        commitments.addActivity(editor, complete.getId(), new NewActivity("Publish the records", "Portal",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)));
        commitments.addIndicator(editor, complete.getId(), new NewIndicator("Records published", "0", "100", "records"));
        Commitment bare = commitments.add(editor, plan.getId(), draft("Publish votes"));

        PlanCommitments.Facts facts = ofPlans.factsOf(plan.getId(), false);
        assertThat(facts.commitments()).isEqualTo(2);
        assertThat(facts.annexAGaps()).extracting(MissingRecord::commitmentNumber, MissingRecord::fieldKey)
                .containsExactly(tuple(2, "commitment.field.timeframe"),
                        tuple(2, "commitment.field.responsible-institution"), tuple(2, "commitment.field.issue"),
                        tuple(2, "commitment.field.description"), tuple(2, "commitment.field.justification"),
                        tuple(2, "commitment.field.activities"), tuple(2, "commitment.field.indicators"),
                        tuple(2, "commitment.field.contact-person"));
        // A plan submitted as an OGP annex also asks for the OGP values and their relevance.
        assertThat(ofPlans.factsOf(plan.getId(), true).annexAGaps())
                .extracting(MissingRecord::commitmentNumber, MissingRecord::fieldKey)
                .contains(tuple(2, "commitment.field.ogp-values"), tuple(2, "commitment.field.ogp-relevance"))
                .hasSize(facts.annexAGaps().size() + 2);

        // The plan's own rule refuses adoption with exactly the gaps the commitment module reported.
        PhaseRequirementsMissing refused = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), null));
        assertThat(refused.target()).isEqualTo(PlanPhase.ADOPTION);
        assertThat(refused.missing()).isEqualTo(facts.annexAGaps());

        commitments.delete(editor, bare.getId());
        assertThat(ofPlans.factsOf(plan.getId(), false)).isEqualTo(new PlanCommitments.Facts(1, List.of()));
        assertThat(cycle.advance(editor, plan.getId(), null)).isEqualTo(PlanPhase.ADOPTION);
    }

    /** A commitment as the plan lists it: its place in Annex A and its title. */
    private record Numbered(int number, String title) {
    }

    private List<Numbered> numbered(ActionPlan plan) {
        return ofPlans.summariesOf(plan.getId()).stream().map(CommitmentSummary::commitment)
                .map(commitment -> new Numbered(commitment.getNumber(), commitment.getTitle())).toList();
    }

    private Long commitmentNumbered(ActionPlan plan, int number) {
        return ofPlans.summariesOf(plan.getId()).stream().map(CommitmentSummary::commitment)
                .filter(commitment -> commitment.getNumber() == number).findFirst().orElseThrow().getId();
    }





    /** What a draft needs to start: a title and a pillar. */
    private static CommitmentText draft(String title) {
        return new CommitmentText(title, Pillar.TRANSPARENCY, null, null, null, null, null, null, null, null,
                EnumSet.noneOf(OgpValue.class), null, null, null, null, null, null, null, null);
    }

    /** Every Annex A field a commitment's own text holds, OGP ones included. */
    private static CommitmentText complete(String title) {
        return new CommitmentText(title, Pillar.OPEN_DATA, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 6, 30),
                "Office of the Clerk", "Library", "Civic group", "Records are closed.", "Open them.",
                "Open records serve citizens.", EnumSet.of(OgpValue.TRANSPARENCY), "Access to information.", null,
                "C. Person", "Officer", "Records", "Parliament", "c.person@example.org", null);
    }

}
