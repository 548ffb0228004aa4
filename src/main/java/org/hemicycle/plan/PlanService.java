package org.hemicycle.plan;

import java.time.LocalDate;
import java.util.*;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hemicycle.account.CurrentUser;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hibernate.Hibernate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's API: reading plans as the public or a plan team sees them, and recording each
 * step of the cycle. Every change is one transaction and is checked before anything is written.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final ParliamentService parliaments;
    private final ActionPlanRepository plans;
    private final LeadBodyMemberRepository members;
    private final SelectedOrganizationRepository organizations;
    private final CoCreationMeetingRepository meetings;
    private final PhaseTransitionRepository transitions;
    private final CommitmentRepository commitments;
    private final ActivityRepository activities;
    private final IndicatorRepository indicators;
    private final PlanPermissions permissions;
    private final CurrentUser currentUser;

    PlanService(ParliamentService parliaments, ActionPlanRepository plans, LeadBodyMemberRepository members,
                SelectedOrganizationRepository organizations, CoCreationMeetingRepository meetings,
                PhaseTransitionRepository transitions, CommitmentRepository commitments,
                ActivityRepository activities, IndicatorRepository indicators, PlanPermissions permissions,
                CurrentUser currentUser) {
        this.parliaments = parliaments;
        this.plans = plans;
        this.members = members;
        this.organizations = organizations;
        this.meetings = meetings;
        this.transitions = transitions;
        this.commitments = commitments;
        this.activities = activities;
        this.indicators = indicators;
        this.permissions = permissions;
        this.currentUser = currentUser;
    }

    // ---- reading

    public PlanPage page(String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.findByParliamentIdAndSlug(parliament.getId(), planSlug)
                .filter(permissions::canView)
                .orElseThrow(PlanNotFound::new);
        return assemble(parliament, plan);
    }

    public PlanPage workspace(Long planId) {
        ActionPlan plan = editablePlan(planId);
        return assemble(parliaments.byId(plan.getParliamentId()), plan);
    }

    /** The plans of a parliament the current viewer may see, newest period first. */
    public List<ActionPlan> visiblePlansOf(Long parliamentId) {
        return plans.findByParliamentIdOrderByPeriodStartDesc(parliamentId).stream()
                .filter(permissions::canView).toList();
    }

    public Map<Long, List<ActionPlan>> visiblePlansOf(Collection<Long> parliamentIds) {
        if (parliamentIds.isEmpty()) {
            return Map.of();
        }
        return plans.findByParliamentIdInOrderByPeriodStartDesc(parliamentIds).stream()
                .filter(permissions::canView)
                .collect(Collectors.groupingBy(ActionPlan::getParliamentId, LinkedHashMap::new, Collectors.toList()));
    }

    public ActionPlan editablePlan(Long planId) {
        ActionPlan plan = plans.findById(planId).orElseThrow(PlanNotFound::new);
        permissions.checkEdit(plan.getParliamentId());
        // Step forms are rendered after the transaction: load the chambers while it is open.
        Hibernate.initialize(plan.getChamberIds());
        return plan;
    }

    /** Changes one record of the plan, unless it changed since the form showed it or the change breaks a kept rule. */
    private void change(Long planId, String seenVersion, Function<ActionPlan, Record> record, Consumer<ActionPlan> change) {
        ActionPlan plan = unchangedSince(planId, seenVersion, record);
        change.accept(plan);
        checkRecordsKept(plan);
    }

    /**
     * From the adoption step on, the plan keeps everything it needed to get there: no change may take away a
     * record that moving into its current step required (cumulative, as PlanWorkflow counts them).
     */
    void checkRecordsKept(ActionPlan plan) {
        if (!plan.getPhase().holdsAnnexA()) {
            return;
        }
        List<MissingRecord> missing = PlanWorkflow.missingToEnter(plan.getPhase(), facts(plan));
        if (!missing.isEmpty()) {
            throw new RecordsKept(plan.getPhase(), missing);
        }
    }

    /** The plan to change, refused when the record a form showed (at the given version) has changed since. */
    private ActionPlan unchangedSince(Long planId, String seenVersion, Function<ActionPlan, Record> record) {
        ActionPlan plan = editablePlan(planId);
        RecordVersion.check(seenVersion, record.apply(plan));
        return plan;
    }

    /** The plan, locked until the transaction ends, for changes that count or number its lists. */
    ActionPlan lockedEditablePlan(Long planId) {
        plans.lockById(planId).orElseThrow(PlanNotFound::new);
        return editablePlan(planId);
    }

    public List<MissingRecord> missingToAdvance(Long planId) {
        ActionPlan plan = editablePlan(planId);
        if (!plan.getPhase().hasNext()) {
            return List.of();
        }
        return PlanWorkflow.missingToEnter(plan.getPhase().next(), facts(plan));
    }

    private PlanPage assemble(Parliament parliament, ActionPlan plan) {
        List<Chamber> chambers = parliaments.chambersOf(parliament.getId());
        Hibernate.initialize(plan.getChamberIds());
        List<Commitment> planCommitments = commitments.findWithValuesByPlanId(plan.getId());
        Map<Long, ActivityCount> counts = activityCounts(planCommitments);
        List<CommitmentSummary> summaries = planCommitments.stream()
                .map(c -> {
                    ActivityCount count = counts.get(c.getId());
                    return new CommitmentSummary(c, count == null ? 0 : count.total(), count == null ? 0 : count.completed());
                })
                .toList();
        return new PlanPage(parliament, chambers, plan,
                members.findByPlanIdOrderByPositionAsc(plan.getId()),
                organizations.findByPlanIdOrderByPositionAsc(plan.getId()),
                meetings.findByPlanIdOrderByHeldOnAsc(plan.getId()),
                transitions.findByPlanIdOrderByMovedAtAsc(plan.getId()),
                summaries, permissions.canEdit(parliament.getId()));
    }

    private Map<Long, ActivityCount> activityCounts(List<Commitment> planCommitments) {
        if (planCommitments.isEmpty()) {
            return Map.of();
        }
        return activities.countByCommitment(planCommitments.stream().map(Commitment::getId).toList()).stream()
                .collect(Collectors.toMap(ActivityCount::commitmentId, count -> count));
    }

    private PlanWorkflow.PlanFacts facts(ActionPlan plan) {
        Parliament parliament = parliaments.byId(plan.getParliamentId());
        List<Commitment> planCommitments = commitments.findWithValuesByPlanId(plan.getId());
        Map<Long, Long> activityTotals = activityCounts(planCommitments).values().stream()
                .collect(Collectors.toMap(ActivityCount::commitmentId, ActivityCount::total));
        Map<Long, Long> indicatorTotals = planCommitments.isEmpty() ? Map.of()
                : indicators.countByCommitment(planCommitments.stream().map(Commitment::getId).toList()).stream()
                .collect(Collectors.toMap(IndicatorCount::commitmentId, IndicatorCount::total));
        return new PlanWorkflow.PlanFacts(plan, parliament.isOgpParticipant(), members.countByPlanId(plan.getId()),
                organizations.countByPlanId(plan.getId()), planCommitments, activityTotals, indicatorTotals);
    }

    // ---- the plan itself

    @Transactional
    public ActionPlan create(Long parliamentId, PlanDetails details) {
        return create(parliamentId, details, LocalDate.now());
    }

    /** Starts a plan at step 1 on the day the work on it started, which may precede its entry here. */
    @Transactional
    public ActionPlan create(Long parliamentId, PlanDetails details, LocalDate startedOn) {
        permissions.checkEdit(parliamentId);
        Parliament parliament = parliaments.byId(parliamentId);
        checkPeriod(details);
        String slug = slugOf(details);
        if (plans.existsByParliamentIdAndSlug(parliament.getId(), slug)) {
            throw new PlanRuleViolation("periodStart", "plan.error.period-taken", periodName(details));
        }
        ActionPlan plan;
        try {
            plan = plans.saveAndFlush(new ActionPlan(parliament.getId(), slug, details));
        } catch (DataIntegrityViolationException concurrentCreate) {
            // Someone created a plan for the same period at the same moment; the database kept theirs.
            throw new PlanRuleViolation("periodStart", "plan.error.period-taken", periodName(details));
        }
        transitions.save(new PhaseTransition(plan.getId(), null, plan.getPhase(), startedOn, actorName()));
        return plan;
    }

    @Transactional
    public void updateDetails(Long planId, PlanDetails details) {
        updateDetails(planId, details, null);
    }

    /**
     * Changes title, period and language. The period cannot leave out any commitment or activity; the
     * plan's address (its period's years) does not change, since it is cited.
     */
    @Transactional
    public void updateDetails(Long planId, PlanDetails details, String seenVersion) {
        ActionPlan plan = lockedEditablePlan(planId);
        RecordVersion.check(seenVersion, plan.details());
        checkPeriod(details);
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
        Map<Long, Integer> numbers = new HashMap<>();
        for (Commitment commitment : commitments.findByPlanIdOrderByNumberAsc(planId)) {
            numbers.put(commitment.getId(), commitment.getNumber());
            if (outside(commitment.getStartDate(), details) || outside(commitment.getEndDate(), details)) {
                throw new PlanRuleViolation("periodStart", "plan.error.period-excludes-commitment", commitment.getNumber());
            }
        }
        for (Activity activity : activities.findByPlanId(planId)) {
            if (outside(activity.getStartDate(), details) || outside(activity.getEndDate(), details)) {
                throw new PlanRuleViolation("periodStart", "plan.error.period-excludes-activity",
                        activity.getDescription(), numbers.get(activity.getCommitmentId()));
            }
        }
        plan.describe(details);
    }

    @Transactional
    public void record(Long planId, PoliticalWill step) {
        record(planId, step, null);
    }

    @Transactional
    public void record(Long planId, PoliticalWill step, String seenVersion) {
        ActionPlan plan = unchangedSince(planId, seenVersion, ActionPlan::politicalWillStep);
        Set<Long> ownChambers = parliaments.chambersOf(plan.getParliamentId()).stream()
                .map(Chamber::getId).collect(Collectors.toSet());
        if (step.chamberIds() != null && !ownChambers.containsAll(step.chamberIds())) {
            throw new PlanRuleViolation("chamberIds", "plan.error.unknown-chamber");
        }
        plan.record(step);
        checkRecordsKept(plan);
    }

    @Transactional
    public void record(Long planId, LeadBody step) {
        record(planId, step, null);
    }

    @Transactional
    public void record(Long planId, LeadBody step, String seenVersion) {
        change(planId, seenVersion, ActionPlan::leadBody, plan -> plan.record(step));
    }

    @Transactional
    public void record(Long planId, PointOfContact step) {
        record(planId, step, null);
    }

    @Transactional
    public void record(Long planId, PointOfContact step, String seenVersion) {
        change(planId, seenVersion, ActionPlan::pointOfContact, plan -> plan.record(step));
    }

    @Transactional
    public void record(Long planId, CivilSocietyEngagement step) {
        record(planId, step, null);
    }

    @Transactional
    public void record(Long planId, CivilSocietyEngagement step, String seenVersion) {
        change(planId, seenVersion, ActionPlan::civilSocietyEngagement, plan -> plan.record(step));
    }

    @Transactional
    public void record(Long planId, CoCreationDesign step) {
        record(planId, step, null);
    }

    @Transactional
    public void record(Long planId, CoCreationDesign step, String seenVersion) {
        change(planId, seenVersion, ActionPlan::coCreationDesign, plan -> plan.record(step));
    }

    @Transactional
    public void record(Long planId, Adoption step) {
        record(planId, step, null);
    }

    @Transactional
    public void record(Long planId, Adoption step, String seenVersion) {
        ActionPlan plan = unchangedSince(planId, seenVersion, ActionPlan::adoption);
        if (step.adoptedOn() != null && step.adoptedOn().isAfter(LocalDate.now())) {
            throw new PlanRuleViolation("adoptedOn", "plan.error.adoption-in-future");
        }
        plan.record(step);
        checkRecordsKept(plan);
    }

    @Transactional
    public void recordImplementation(Long planId, Narrative step) {
        recordImplementation(planId, step, null);
    }

    @Transactional
    public void recordImplementation(Long planId, Narrative step, String seenVersion) {
        change(planId, seenVersion, plan -> new Narrative(plan.getImplementationStrategy()), plan -> plan.recordImplementation(step));
    }

    @Transactional
    public void recordMonitoring(Long planId, Narrative step) {
        recordMonitoring(planId, step, null);
    }

    @Transactional
    public void recordMonitoring(Long planId, Narrative step, String seenVersion) {
        change(planId, seenVersion, plan -> new Narrative(plan.getMonitoringApproach()), plan -> plan.recordMonitoring(step));
    }

    @Transactional
    public void recordLessons(Long planId, Narrative step) {
        recordLessons(planId, step, null);
    }

    @Transactional
    public void recordLessons(Long planId, Narrative step, String seenVersion) {
        change(planId, seenVersion, plan -> new Narrative(plan.getLessonsLearned()), plan -> plan.recordLessons(step));
    }

    @Transactional
    public PlanPhase advance(Long planId) {
        return advance(planId, LocalDate.now());
    }

    /**
     * Moves the plan into its next step, recording the day that actually happened: not in the future, and
     * not before the day the plan reached the step it leaves.
     */
    @Transactional
    public PlanPhase advance(Long planId, LocalDate reachedOn) {
        // Locked: the rules other edits check depend on the step, which must not change under them.
        ActionPlan plan = lockedEditablePlan(planId);
        PlanPhase from = plan.getPhase();
        if (!from.hasNext()) {
            throw new PlanRuleViolation(null, "plan.error.last-step");
        }
        PlanPhase target = from.next();
        List<MissingRecord> missing = PlanWorkflow.missingToEnter(target, facts(plan));
        if (!missing.isEmpty()) {
            throw new PhaseRequirementsMissing(target, missing);
        }
        LocalDate day = reachedOn == null ? LocalDate.now() : reachedOn;
        if (day.isAfter(LocalDate.now())) {
            throw new PlanRuleViolation("reachedOn", "plan.error.reached-in-future");
        }
        List<PhaseTransition> history = transitions.findByPlanIdOrderByMovedAtAsc(planId);
        LocalDate previous = history.isEmpty() ? null : history.get(history.size() - 1).getReachedOn();
        if (previous != null && day.isBefore(previous)) {
            throw new PlanRuleViolation("reachedOn", "plan.error.reached-before-previous", previous);
        }
        plan.moveTo(target);
        transitions.save(new PhaseTransition(plan.getId(), from, target, day, actorName()));
        return target;
    }

    @Transactional
    public void publish(Long planId) {
        editablePlan(planId).publish();
    }

    // ---- lists recorded in steps 2, 4 and 5

    @Transactional
    public void addMember(Long planId, NewMember member) {
        ActionPlan plan = lockedEditablePlan(planId);
        members.save(new LeadBodyMember(plan.getId(), member, members.maxPosition(planId) + 1));
    }

    @Transactional
    public void removeMember(Long planId, Long memberId) {
        ActionPlan plan = lockedEditablePlan(planId);
        members.delete(members.findByIdAndPlanId(memberId, planId).orElseThrow(PlanNotFound::new));
        checkRecordsKept(plan);
    }

    @Transactional
    public void addOrganization(Long planId, NewOrganization organization) {
        ActionPlan plan = lockedEditablePlan(planId);
        organizations.save(new SelectedOrganization(plan.getId(), organization, organizations.maxPosition(planId) + 1));
    }

    @Transactional
    public void removeOrganization(Long planId, Long organizationId) {
        ActionPlan plan = lockedEditablePlan(planId);
        organizations.delete(organizations.findByIdAndPlanId(organizationId, planId).orElseThrow(PlanNotFound::new));
        checkRecordsKept(plan);
    }

    @Transactional
    public void addMeeting(Long planId, NewMeeting meeting) {
        ActionPlan plan = editablePlan(planId);
        meetings.save(new CoCreationMeeting(plan.getId(), meeting));
    }

    @Transactional
    public void removeMeeting(Long planId, Long meetingId) {
        editablePlan(planId);
        meetings.delete(meetings.findByIdAndPlanId(meetingId, planId).orElseThrow(PlanNotFound::new));
    }

    public List<LeadBodyMember> membersOf(Long planId) {
        return members.findByPlanIdOrderByPositionAsc(editablePlan(planId).getId());
    }

    public List<SelectedOrganization> organizationsOf(Long planId) {
        return organizations.findByPlanIdOrderByPositionAsc(editablePlan(planId).getId());
    }

    public List<CoCreationMeeting> meetingsOf(Long planId) {
        return meetings.findByPlanIdOrderByHeldOnAsc(editablePlan(planId).getId());
    }

    private static void checkPeriod(PlanDetails details) {
        if (!details.periodEnd().isAfter(details.periodStart())) {
            throw new PlanRuleViolation("periodEnd", "plan.error.period-end-before-start", details.periodStart());
        }
    }

    private static boolean outside(LocalDate date, PlanDetails details) {
        return date != null && (date.isBefore(details.periodStart()) || date.isAfter(details.periodEnd()));
    }

    private static String periodName(PlanDetails details) {
        return details.periodStart().getYear() + "–" + details.periodEnd().getYear();
    }

    /** A plan's address is its period's years: one plan per period in each parliament. */
    private static String slugOf(PlanDetails details) {
        return details.periodStart().getYear() + "-" + details.periodEnd().getYear();
    }

    private String actorName() {
        return currentUser.get().map(HemicycleUser::displayName).orElse("Hemicycle");
    }
}
