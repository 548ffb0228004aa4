package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/**
 * The plan module's rules with the modules it depends on (parliaments, accounts, site) and a real database, but
 * without the commitment module: what a plan knows of its commitments comes from {@link CommitmentsHeldByTheTest},
 * which shows that the plan needs nothing of that module beyond the {@link PlanCommitments} it declares.
 */
// Plan only names accounts' types (Actor); the account module is included for the accounts the editors sign in with.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"account", "mail", "site"})
class PlanModuleTests {

    private static final LocalDate STEP_TWO_ON = LocalDate.of(2025, 2, 3);

    private final PlanCycleFixtures setUp;
    private final PlanCycle cycle;
    private final PlanPages pages;
    private final PlanStepLists lists;
    private final ParliamentService parliaments;
    private final AccountService accounts;
    private final CommitmentsHeldByTheTest commitments;

    PlanModuleTests(PlanCycle cycle, PlanPages pages, PlanStepLists lists, ParliamentService parliaments,
                    AccountService accounts, CommitmentsHeldByTheTest commitments) {
        this.setUp = new PlanCycleFixtures(parliaments, accounts, cycle, lists);
        this.cycle = cycle;
        this.pages = pages;
        this.lists = lists;
        this.parliaments = parliaments;
        this.accounts = accounts;
        this.commitments = commitments;
    }

    @Test
    void aPlanMovesOneStepAtATimeAndSaysWhatIsMissing() {
        Parliament parliament = setUp.parliament(2012);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.plan(editor, parliament);

        PhaseRequirementsMissing refused = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), STEP_TWO_ON));
        assertThat(refused.target()).isEqualTo(PlanPhase.LEAD_BODY);
        // An OGP participant also owes the decision on the OGP annex.
        assertThat(refused.missing()).extracting(MissingRecord::messageKey).containsExactly(
                "plan.missing.political-will", "plan.missing.chambers", "plan.missing.ogp-annex-decision");
        assertThat(refused.missing()).extracting(MissingRecord::step).containsOnly(PlanPhase.POLITICAL_WILL);
        assertThat(phaseOf(editor, plan)).isEqualTo(PlanPhase.POLITICAL_WILL);

        setUp.recordPoliticalWill(editor, parliament, plan);
        assertThat(cycle.advance(editor, plan.getId(), STEP_TWO_ON)).isEqualTo(PlanPhase.LEAD_BODY);

        // Step 1's records are kept, so only what step 2 asks for is missing now: never a jump past it.
        PhaseRequirementsMissing next = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), STEP_TWO_ON));
        assertThat(next.target()).isEqualTo(PlanPhase.POINT_OF_CONTACT);
        assertThat(next.missing()).extracting(MissingRecord::messageKey).containsExactly(
                "plan.missing.lead-body-name", "plan.missing.lead-body-members", "plan.missing.authorization-mechanism");
        assertThat(pages.missingToAdvance(editor, plan.getId())).isEqualTo(next.missing());
        assertThat(phaseOf(editor, plan)).isEqualTo(PlanPhase.LEAD_BODY);
        assertThat(pages.workspace(editor, plan.getId()).transitions())
                .extracting(PhaseTransition::getToPhase, PhaseTransition::getReachedOn)
                .containsExactly(tuple(PlanPhase.POLITICAL_WILL, PlanCycleFixtures.STARTED_ON),
                        tuple(PlanPhase.LEAD_BODY, STEP_TWO_ON));
    }

    @Test
    void aStepIsNotReachedInTheFutureNorBeforeTheStepItLeaves() {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        // Step 1 is reached the day the work started, which has to have come.
        assertThatThrownBy(() -> cycle.create(editor, parliament.getId(), PlanCycleFixtures.details(), LocalDate.now().plusDays(1)))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.started-on");
        assertThat(pages.visiblePlansOf(editor, parliament.getId())).isEmpty();
        ActionPlan plan = setUp.plan(editor, parliament);
        setUp.recordPoliticalWill(editor, parliament, plan);

        assertThatThrownBy(() -> cycle.advance(editor, plan.getId(), LocalDate.now().plusDays(1)))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.reached-in-future");
        assertThatThrownBy(() -> cycle.advance(editor, plan.getId(), PlanCycleFixtures.STARTED_ON.minusDays(1)))
                .isInstanceOfSatisfying(PlanRuleViolation.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("plan.error.reached-before-previous");
                    assertThat(refusal.arguments()).containsExactly(PlanCycleFixtures.STARTED_ON);
                });
        assertThat(phaseOf(editor, plan)).isEqualTo(PlanPhase.POLITICAL_WILL);
    }

    /** The DRAFTING check reads nothing but what {@link PlanCommitments#factsOf} answers. */
    @Test
    void theAnnexAGapsItsCommitmentsReportHoldAPlanInDrafting() {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.planInDrafting(editor, parliament);

        PhaseRequirementsMissing empty = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), null));
        assertThat(empty.target()).isEqualTo(PlanPhase.ADOPTION);
        assertThat(empty.missing()).extracting(MissingRecord::messageKey).containsExactly("plan.missing.commitments");

        MissingRecord gap = MissingRecord.inCommitment(1, "commitment.field.issue");
        commitments.hold(plan.getId(), new PlanCommitments.Facts(1, List.of(gap)));
        PhaseRequirementsMissing gaps = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), null));
        assertThat(gaps.missing()).containsExactly(gap);

        commitments.hold(plan.getId(), new PlanCommitments.Facts(1, List.of()));
        assertThat(cycle.advance(editor, plan.getId(), null)).isEqualTo(PlanPhase.ADOPTION);
    }

    @Test
    void advancingAnnouncesTheStepReachedAtThePlansAddress(Scenario scenario) {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.plan(editor, parliament);
        setUp.recordPoliticalWill(editor, parliament, plan);

        scenario.stimulate(() -> cycle.advance(editor, plan.getId(), STEP_TWO_ON))
                .andWaitForEventOfType(PlanStepReached.class)
                .matching(event -> event.planId().equals(plan.getId()))
                .toArriveAndVerify((event, reached) -> {
                    assertThat(reached).isEqualTo(PlanPhase.LEAD_BODY);
                    assertThat(event.step()).isEqualTo(PlanPhase.LEAD_BODY);
                    assertThat(event.reachedOn()).isEqualTo(STEP_TWO_ON);
                    assertThat(event.parliamentId()).isEqualTo(parliament.getId());
                    assertThat(event.address()).isEqualTo(new PlanAddress(parliament.getSlug(), "2025-2026"));
                });
    }

    @Test
    void changingARecordAnnouncesThePlanChanged(Scenario scenario) {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.plan(editor, parliament);

        scenario.stimulate(() -> cycle.record(editor, plan.getId(),
                        new LeadBody("Open Parliament Committee", null, AuthorizationMechanism.PLENARY_MOTION, null, null,
                                null), null))
                .andWaitForEventOfType(PlanChanged.class)
                .matching(event -> event.planId().equals(plan.getId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.parliamentId()).isEqualTo(parliament.getId());
                    assertThat(event.address()).isEqualTo(new PlanAddress(parliament.getSlug(), plan.getSlug()));
                });
        assertThat(pages.workspace(editor, plan.getId()).plan().leadBody().name()).isEqualTo("Open Parliament Committee");
    }

    @Test
    void aPlanIsPublishedOnceAndSaysSoOnce(AssertablePublishedEvents events) {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.plan(editor, parliament);

        cycle.publish(editor, plan.getId());
        cycle.publish(editor, plan.getId());

        assertThat(events.ofType(PlanPublished.class).matching(event -> event.planId().equals(plan.getId())))
                .singleElement()
                .satisfies(event -> assertThat(event.address()).isEqualTo(new PlanAddress(parliament.getSlug(), "2025-2026")));
        assertThat(pages.workspace(editor, plan.getId()).plan().isPublished()).isTrue();
    }

    @Test
    void leavingTheAdoptionStepAnnouncesTheAdoptionBesideTheStepReached(AssertablePublishedEvents events) {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.planInDrafting(editor, parliament);
        commitments.hold(plan.getId(), new PlanCommitments.Facts(1, List.of()));
        cycle.advance(editor, plan.getId(), null);
        LocalDate adoptedOn = LocalDate.of(2025, 3, 14);
        cycle.record(editor, plan.getId(), new Adoption(AuthorizationMechanism.PLENARY_MOTION, adoptedOn, "Motion 3/2025",
                null, null), null);

        cycle.advance(editor, plan.getId(), null);

        assertThat(events.ofType(PlanAdopted.class).matching(event -> event.planId().equals(plan.getId())))
                .singleElement().satisfies(event -> assertThat(event.adoptedOn()).isEqualTo(adoptedOn));
        assertThat(events.ofType(PlanStepReached.class).matching(event -> event.planId().equals(plan.getId())))
                .extracting(PlanStepReached::step)
                .containsExactly(PlanPhase.LEAD_BODY, PlanPhase.POINT_OF_CONTACT, PlanPhase.CIVIL_SOCIETY_ENGAGEMENT,
                        PlanPhase.CO_CREATION_DESIGN, PlanPhase.DRAFTING, PlanPhase.ADOPTION, PlanPhase.IMPLEMENTATION);
    }

    @Test
    void aPointOfContactOfAnotherParliamentIsRefusedEverywhere() {
        Parliament own = setUp.parliament(null);
        HemicycleUser outsider = setUp.pointOfContact(own);
        Parliament other = setUp.parliament(null);
        ActionPlan plan = setUp.plan(setUp.pointOfContact(other), other);
        setUp.recordPoliticalWill(PlanCycleFixtures.SETUP, other, plan);

        assertThatThrownBy(() -> cycle.create(outsider, other.getId(), PlanCycleFixtures.details(), PlanCycleFixtures.STARTED_ON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycle.record(outsider, plan.getId(), new PointOfContact("Intruder", "None", null, null,
                null), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.addMember(outsider, plan.getId(), new NewMember("Intruder", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycle.advance(outsider, plan.getId(), STEP_TWO_ON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycle.publish(outsider, plan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pages.workspace(outsider, plan.getId())).isInstanceOf(AccessDeniedException.class);

        PlanPage untouched = pages.workspace(PlanCycleFixtures.SETUP, plan.getId());
        assertThat(untouched.plan().getPhase()).isEqualTo(PlanPhase.POLITICAL_WILL);
        assertThat(untouched.plan().isPublished()).isFalse();
        assertThat(untouched.plan().pointOfContact().name()).isNull();
        assertThat(untouched.leadBodyMembers()).isEmpty();
    }

    @Test
    void aVisitorCannotReadADraftUntilItIsPublished() {
        Parliament parliament = setUp.parliament(null);
        HemicycleUser editor = setUp.pointOfContact(parliament);
        ActionPlan plan = setUp.plan(editor, parliament);

        // A draft answers as if it did not exist, so that visitors cannot tell drafts from wrong addresses.
        assertThatThrownBy(() -> pages.page(Actor.VISITOR, parliament.getSlug(), plan.getSlug()))
                .isInstanceOf(PlanNotFound.class);
        assertThat(pages.visiblePlansOf(Actor.VISITOR, parliament.getId())).isEmpty();
        assertThat(pages.page(editor, parliament.getSlug(), plan.getSlug()).editable()).isTrue();

        cycle.publish(editor, plan.getId());

        PlanPage published = pages.page(Actor.VISITOR, parliament.getSlug(), plan.getSlug());
        assertThat(published.plan().getId()).isEqualTo(plan.getId());
        assertThat(published.editable()).isFalse();
        assertThat(pages.visiblePlansOf(Actor.VISITOR, parliament.getId())).extracting(ActionPlan::getId)
                .containsExactly(plan.getId());
    }







    private PlanPhase phaseOf(Actor editor, ActionPlan plan) {
        return pages.workspace(editor, plan.getId()).plan().getPhase();
    }


    /**
     * The plan's view of its commitments, as the test sets it per plan: what the commitment module would answer.
     * A plan the test says nothing about has none.
     */
    static class CommitmentsHeldByTheTest implements PlanCommitments {

        private final Map<Long, Facts> facts = new ConcurrentHashMap<>();

        void hold(Long planId, Facts held) {
            facts.put(planId, held);
        }

        @Override
        public List<CommitmentSummary> summariesOf(Long planId) {
            return List.of();
        }

        @Override
        public Facts factsOf(Long planId, boolean ogpAnnex) {
            return facts.getOrDefault(planId, new Facts(0, List.of()));
        }

        @Override
        public Optional<PlanRuleViolation> leftOutBy(Long planId, PlanDetails period) {
            return Optional.empty();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class WithoutTheCommitmentModule {

        @Bean
        CommitmentsHeldByTheTest planCommitments() {
            return new CommitmentsHeldByTheTest();
        }
    }
}
