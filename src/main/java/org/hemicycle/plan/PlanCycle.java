package org.hemicycle.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hemicycle.account.Actor;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.internal.ActionPlanEntity;
import org.hemicycle.plan.internal.ActionPlanRepository;
import org.hemicycle.plan.internal.PhaseTransitionEntity;
import org.hemicycle.plan.internal.PhaseTransitionRepository;
import org.hemicycle.plan.internal.PlanRecords;
import org.hemicycle.plan.internal.PlanWorkflow;
import org.hemicycle.site.RecordVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle of a plan: starting it, recording what each of the ten steps asks for, moving it on, publishing it.
 * Every change is one transaction, checked before anything is written, and announced as an event once done.
 */
@Service
@Transactional
public class PlanCycle {

    private final ParliamentService parliaments;
    private final ActionPlanRepository plans;
    private final PhaseTransitionRepository transitions;
    private final PlanCommitments commitments;
    private final PlanRecords records;
    private final ApplicationEventPublisher events;

    PlanCycle(ParliamentService parliaments, ActionPlanRepository plans, PhaseTransitionRepository transitions,
              PlanCommitments commitments, PlanRecords records, ApplicationEventPublisher events,
              ObjectProvider<OpenAmendments> amendments) {
        // Without the versions module no adopted text is kept apart, so there is nothing an amendment would guard.
        this.amendments = amendments.getIfAvailable(() -> planId -> true);
        this.parliaments = parliaments;
        this.plans = plans;
        this.transitions = transitions;
        this.commitments = commitments;
        this.records = records;
        this.events = events;
    }

    private final OpenAmendments amendments;

    /** Starts a plan at step 1 on the day the work on it started, which may precede its entry here. */
    public ActionPlan create(Actor actor, Long parliamentId, PlanDetails details, LocalDate startedOn) {
        PlanPolicy.TABLE.check(actor, PlanPolicy.Action.CREATE, parliamentId);
        Parliament parliament = parliaments.byId(parliamentId);
        if (startedOn.isAfter(LocalDate.now())) {
            throw new PlanRuleViolation(null, "plan.error.started-on");
        }
        checkPeriod(details);
        String slug = slugOf(details);
        if (plans.existsByParliamentIdAndSlug(parliament.getId(), slug)) {
            throw new PlanRuleViolation("periodStart", "plan.error.period-taken", periodName(details));
        }
        ActionPlanEntity plan;
        try {
            plan = plans.saveAndFlush(new ActionPlanEntity(parliament.getId(), slug, details));
        } catch (DataIntegrityViolationException concurrentCreate) {
            // Someone created a plan for the same period at the same moment; the database kept theirs.
            throw new PlanRuleViolation("periodStart", "plan.error.period-taken", periodName(details));
        }
        transitions.save(new PhaseTransitionEntity(plan.getId(), null, plan.getPhase(), startedOn, actor.displayName()));
        return plan;
    }

    /**
     * Changes title, period and language. The period cannot leave out any commitment or activity; the
     * plan's address (its period's years) does not change once published, since it is cited.
     */
    public void updateDetails(Actor actor, Long planId, PlanDetails details, @Nullable String seenVersion) {
        ActionPlanEntity plan = records.locked(actor, planId, PlanPolicy.Action.EDIT);
        RecordVersion.check(seenVersion, plan.details());
        checkPeriod(details);
        if (plan.getPhase().isAdopted() && !amendments.isOpen(planId) && (!details.title().strip().equals(plan.getTitle())
                || !details.periodStart().equals(plan.getPeriodStart()) || !details.periodEnd().equals(plan.getPeriodEnd()))) {
            // The title and period are part of what was adopted: they change by an amendment, as its commitments do.
            throw new PlanRuleViolation(null, "plan.error.amendment-needed");
        }
        String address = slugOf(details);
        if (!address.equals(plan.getSlug())) {
            // The years are the plan's address: once public it is cited, and no two plans share one.
            if (plan.isPublished()) {
                throw new PlanRuleViolation("periodStart", "plan.error.period-years-published", periodName(details));
            }
            if (plans.existsByParliamentIdAndSlug(plan.getParliamentId(), address)) {
                throw new PlanRuleViolation("periodStart", "plan.error.period-taken", periodName(details));
            }
            plan.readdress(address);
        }
        commitments.leftOutBy(planId, details).ifPresent(refusal -> {
            throw refusal;
        });
        plan.describe(details);
        changed(plan);
    }

    public void record(Actor actor, Long planId, PoliticalWill step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, ActionPlanEntity::politicalWillStep, plan -> {
            Set<Long> ownChambers = parliaments.chambersOf(plan.getParliamentId()).stream()
                    .map(Chamber::getId).collect(Collectors.toSet());
            if (step.chamberIds() != null && !ownChambers.containsAll(step.chamberIds())) {
                throw new PlanRuleViolation("chamberIds", "plan.error.unknown-chamber");
            }
            plan.record(step);
        });
    }

    public void record(Actor actor, Long planId, LeadBody step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, ActionPlanEntity::leadBody, plan -> plan.record(step));
    }

    public void record(Actor actor, Long planId, PointOfContact step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, ActionPlanEntity::pointOfContact, plan -> plan.record(step));
    }

    public void record(Actor actor, Long planId, CivilSocietyEngagement step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, ActionPlanEntity::civilSocietyEngagement, plan -> plan.record(step));
    }

    public void record(Actor actor, Long planId, CoCreationDesign step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, ActionPlanEntity::coCreationDesign, plan -> plan.record(step));
    }

    public void record(Actor actor, Long planId, Adoption step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, ActionPlanEntity::adoption, plan -> {
            if (step.adoptedOn() != null && step.adoptedOn().isAfter(LocalDate.now())) {
                throw new PlanRuleViolation("adoptedOn", "plan.error.adoption-in-future");
            }
            plan.record(step);
        });
    }

    public void recordImplementation(Actor actor, Long planId, Narrative step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, plan -> new Narrative(plan.getImplementationStrategy()),
                plan -> plan.recordImplementation(step));
    }

    public void recordMonitoring(Actor actor, Long planId, Narrative step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, plan -> new Narrative(plan.getMonitoringApproach()),
                plan -> plan.recordMonitoring(step));
    }

    public void recordLessons(Actor actor, Long planId, Narrative step, @Nullable String seenVersion) {
        change(actor, planId, seenVersion, plan -> new Narrative(plan.getLessonsLearned()), plan -> plan.recordLessons(step));
    }

    /**
     * Moves the plan into its next step, recording the day that actually happened: not in the future, and
     * not before the day the plan reached the step it leaves.
     */
    public PlanPhase advance(Actor actor, Long planId, @Nullable LocalDate reachedOn) {
        // Locked: the rules other edits check depend on the step, which must not change under them.
        ActionPlanEntity plan = records.locked(actor, planId, PlanPolicy.Action.ADVANCE);
        PlanPhase from = plan.getPhase();
        if (!from.hasNext()) {
            throw new PlanRuleViolation(null, "plan.error.last-step");
        }
        PlanPhase target = from.next();
        List<MissingRecord> missing = PlanWorkflow.missingToEnter(target, records.facts(plan));
        if (!missing.isEmpty()) {
            throw new PhaseRequirementsMissing(target, missing);
        }
        LocalDate day = reachedOn == null ? LocalDate.now() : reachedOn;
        if (day.isAfter(LocalDate.now())) {
            throw new PlanRuleViolation("reachedOn", "plan.error.reached-in-future");
        }
        List<PhaseTransitionEntity> history = transitions.findByPlanIdOrderByMovedAtAsc(planId);
        LocalDate previous = history.isEmpty() ? null : history.get(history.size() - 1).getReachedOn();
        if (previous != null && day.isBefore(previous)) {
            throw new PlanRuleViolation("reachedOn", "plan.error.reached-before-previous", previous);
        }
        plan.moveTo(target);
        transitions.save(new PhaseTransitionEntity(plan.getId(), from, target, day, actor.displayName()));
        events.publishEvent(new PlanStepReached(plan.getId(), plan.getParliamentId(), records.addressOf(plan), target, day));
        if (from == PlanPhase.ADOPTION) {
            events.publishEvent(new PlanAdopted(plan.getId(), plan.getParliamentId(), records.addressOf(plan), plan.adoption().adoptedOn()));
        }
        return target;
    }

    public void publish(Actor actor, Long planId) {
        ActionPlanEntity plan = records.checked(actor, planId, PlanPolicy.Action.PUBLISH);
        if (!plan.isPublished()) {
            plan.publish();
            events.publishEvent(new PlanPublished(plan.getId(), plan.getParliamentId(), records.addressOf(plan)));
        }
    }

    /**
     * The plan whose commitments an actor changes, locked until the transaction ends: the commitment module
     * numbers and counts a plan's lists under this lock, as the plan's own lists are. Only inside the caller's
     * transaction, or the lock would end before the change it guards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ActionPlan lockedForChange(Actor actor, Long planId) {
        return records.locked(actor, planId, PlanPolicy.Action.EDIT);
    }

    /** Refuses a change to a plan's commitments that takes away what its current step required. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkRecordsKept(Actor actor, Long planId) {
        records.checkRecordsKept(records.checked(actor, planId, PlanPolicy.Action.EDIT));
    }

    /** Changes one record of the plan, unless it changed since the form showed it or the change breaks a kept rule. */
    private void change(Actor actor, Long planId, @Nullable String seenVersion,
                        Function<ActionPlanEntity, Record> record, Consumer<ActionPlanEntity> change) {
        ActionPlanEntity plan = records.checked(actor, planId, PlanPolicy.Action.EDIT);
        RecordVersion.check(seenVersion, record.apply(plan));
        change.accept(plan);
        records.checkRecordsKept(plan);
        changed(plan);
    }

    private void changed(ActionPlanEntity plan) {
        events.publishEvent(new PlanChanged(plan.getId(), plan.getParliamentId(), records.addressOf(plan)));
    }

    private static void checkPeriod(PlanDetails details) {
        if (!details.periodEnd().isAfter(details.periodStart())) {
            throw new PlanRuleViolation("periodEnd", "plan.error.period-end-before-start", details.periodStart());
        }
    }

    private static String periodName(PlanDetails details) {
        return details.periodStart().getYear() + "–" + details.periodEnd().getYear();
    }

    /** A plan's address is its period's years: one plan per period in each parliament. */
    private static String slugOf(PlanDetails details) {
        return details.periodStart().getYear() + "-" + details.periodEnd().getYear();
    }
}
