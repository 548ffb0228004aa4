package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.AnnexAIncomplete;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rules that hold under concurrent edits, and that hold for the whole life of a plan, not only when first typed. */
@HemicycleTest
class PlanIntegrityTests {

    @Autowired Fixtures fixtures;
    @Autowired CommitmentService commitments;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;

    Parliament parliament;
    HemicycleUser editor;
    ExecutorService pool = Executors.newFixedThreadPool(4);

    @BeforeEach
    void setUp() {
        parliament = fixtures.parliament(null);
        editor = fixtures.editor(parliament);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void concurrentDeletesAndAddsNeverLeaveAGapInTheNumbering() throws Exception {
        for (int attempt = 0; attempt < 15; attempt++) {
            int run = attempt;
            ActionPlan plan = cycle.create(editor, parliament.getId(), new PlanDetails("Race " + run, null,
                    LocalDate.of(2030 + run * 3, 1, 1), LocalDate.of(2031 + run * 3, 12, 31), "en"), LocalDate.now());
            List<Long> ids = IntStream.rangeClosed(1, 6)
                    .mapToObj(i -> commitments.add(editor, plan.getId(), Fixtures.draftCommitment("C" + i)).getId())
                    .toList();
            List<Callable<Object>> work = new ArrayList<>();
            work.add(() -> { commitments.delete(editor, ids.get(1)); return null; });
            work.add(() -> commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Added A")));
            work.add(() -> { commitments.delete(editor, ids.get(3)); return null; });
            work.add(() -> commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Added B")));
            work.add(() -> { commitments.delete(editor, ids.get(0)); return null; });
            work.add(() -> commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Added C")));
            List<Throwable> failures = runTogether(work);

            assertThat(failures).as("run %d", run).isEmpty();
            List<Integer> numbers = commitmentsOf(plan.getId()).stream()
                    .map(CommitmentHeadline::getNumber).toList();
            assertThat(numbers).as("run %d", run).containsExactly(1, 2, 3, 4, 5, 6);
            // And the plan still takes new commitments in order.
            assertThat(commitments.add(editor, plan.getId(), Fixtures.draftCommitment("After")).getNumber())
                    .isEqualTo(7);
        }
    }

    @Test
    void aPlanForAPeriodThatAlreadyHasOneIsRefusedEvenWhenCreatedAtOnce() throws Exception {
        PlanDetails details = new PlanDetails("First", null, Fixtures.PLAN_START, Fixtures.PLAN_END, "en");
        cycle.create(editor, parliament.getId(), details, LocalDate.now());
        assertThatThrownBy(() -> cycle.create(editor, parliament.getId(),
                new PlanDetails("Same years", null, Fixtures.PLAN_START.plusMonths(2), Fixtures.PLAN_END, "en"), LocalDate.now()))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.period-taken");

        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String title = "Simultaneous " + i;
            work.add(() -> cycle.create(editor, parliament.getId(), new PlanDetails(title, null,
                    LocalDate.of(2040, 1, 1), LocalDate.of(2041, 12, 31), "en"), LocalDate.now()));
        }
        List<Throwable> failures = runTogether(work);
        assertThat(failures).hasSize(3).allSatisfy(failure -> assertThat(failure)
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.period-taken"));
        assertThat(pages.visiblePlansOf(editor, parliament.getId()))
                .extracting(ActionPlan::getSlug).containsExactlyInAnyOrder("2025-2026", "2040-2041");
    }

    @Test
    void shrinkingThePeriodCannotLeaveAnActivityOutsideIt() {
        ActionPlan plan = fixtures.plan(editor, parliament);
        Commitment undated = commitments.add(editor, plan.getId(), Fixtures.draftCommitment("No dates"));
        commitments.addActivity(editor, undated.getId(), new NewActivity("Late hearing", null,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));

        assertThatThrownBy(() -> cycle.updateDetails(editor, plan.getId(),
                new PlanDetails(plan.getTitle(), null, Fixtures.PLAN_START, LocalDate.of(2026, 6, 30), "en"), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.period-excludes-activity")
                .satisfies(refusal -> assertThat(((PlanRuleViolation) refusal).arguments()).containsExactly("Late hearing", 1));
        cycle.updateDetails(editor, plan.getId(),
                new PlanDetails(plan.getTitle(), null, Fixtures.PLAN_START, LocalDate.of(2026, 11, 30), "en"), null);
    }

    @Test
    void fromAdoptionOnEveryChangeKeepsAnnexAComplete() {
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment commitment = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the records");
        cycle.advance(editor, plan.getId(), null);
        assertThat(pages.editablePlan(editor, plan.getId()).getPhase()).isEqualTo(PlanPhase.ADOPTION);

        CommitmentText complete = Fixtures.completeCommitment("Open the records");
        CommitmentText emptied = new CommitmentText(complete.title(), complete.pillar(), complete.startDate(),
                complete.endDate(), complete.responsibleInstitution(), null, null, " ", complete.description(), null,
                complete.ogpValues(), null, null, complete.contactName(), null, null, null, null, null);
        assertThatThrownBy(() -> commitments.update(editor, commitment.getId(), emptied, null))
                .isInstanceOfSatisfying(AnnexAIncomplete.class, refusal -> assertThat(refusal.all())
                        .extracting(PlanRuleViolation::field).containsExactly("issue", "justification"));
        // The commitments put to adoption are the ones adopted: none is added (it could not have its activities yet).
        assertThatThrownBy(() -> commitments.add(editor, plan.getId(), Fixtures.completeCommitment("Late")))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.add-after-adoption");
        Long activityId = commitments.workspace(editor, commitment.getId()).activities().get(0).getId();
        assertThatThrownBy(() -> commitments.removeActivity(editor, commitment.getId(), activityId))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("activity.error.last-of-adopted");
        // The numbered list put to adoption is what gets adopted and cited: nothing is renumbered any more.
        assertThatThrownBy(() -> commitments.delete(editor, commitment.getId()))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("commitment.error.delete-adopted");

        commitments.update(editor, commitment.getId(), complete, null);

        // The records of the earlier steps are kept too: no blanked lead body, no last member removed.
        assertThatThrownBy(() -> cycle.record(editor, plan.getId(),
                new LeadBody(" ", null, AuthorizationMechanism.PLENARY_MOTION, null, null, null), null))
                .isInstanceOf(RecordsKept.class).hasMessage("plan.error.record-kept");
        Long memberId = pages.membersOf(editor, plan.getId()).get(0).getId();
        assertThatThrownBy(() -> lists.removeMember(editor, plan.getId(), memberId))
                .isInstanceOf(RecordsKept.class);
        assertThat(pages.editablePlan(editor, plan.getId()).leadBody().name())
                .isEqualTo("Open Parliament Committee");
        cycle.record(editor, plan.getId(), new LeadBody("Open Parliament Committee", "Renewed mandate",
                AuthorizationMechanism.PLENARY_MOTION, null, null, null), null);
    }

    @Test
    void aDraftsAddressFollowsItsYearsButAPublicPlansAddressStays() {
        ActionPlan draft = fixtures.plan(editor, parliament);
        ActionPlan other = cycle.create(editor, parliament.getId(), new PlanDetails("Other", null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), "en"), LocalDate.now());
        assertThatThrownBy(() -> cycle.updateDetails(editor, draft.getId(), new PlanDetails("Moved", null,
                LocalDate.of(2027, 3, 1), LocalDate.of(2028, 6, 30), "en"), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.period-taken");

        cycle.updateDetails(editor, draft.getId(), new PlanDetails("Moved", null,
                LocalDate.of(2029, 1, 1), LocalDate.of(2030, 12, 31), "en"), null);
        assertThat(pages.editablePlan(editor, draft.getId()).getSlug()).isEqualTo("2029-2030");

        cycle.publish(editor, other.getId());
        assertThatThrownBy(() -> cycle.updateDetails(editor, other.getId(), new PlanDetails("Other", null,
                LocalDate.of(2031, 1, 1), LocalDate.of(2032, 12, 31), "en"), null))
                .isInstanceOf(PlanRuleViolation.class).hasMessage("plan.error.period-years-published");
        assertThat(pages.editablePlan(editor, other.getId()).getSlug()).isEqualTo("2027-2028");
    }

    /** Starts every task at the same instant and returns what each one threw. */
    private List<Throwable> runTogether(List<Callable<Object>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (Callable<Object> task : work) {
            results.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<Object> result : results) {
            try {
                result.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return failures;
    }

    /** The plan's commitments in number order, as its workspace lists them. */
    private List<CommitmentHeadline> commitmentsOf(Long planId) {
        return pages.workspace(editor, planId).commitments().stream().map(CommitmentSummary::commitment).toList();
    }
}
