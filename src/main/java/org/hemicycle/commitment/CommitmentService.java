package org.hemicycle.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.internal.ActivityEntity;
import org.hemicycle.commitment.internal.ActivityRepository;
import org.hemicycle.commitment.internal.AnnexA;
import org.hemicycle.commitment.internal.CommitmentEntity;
import org.hemicycle.commitment.internal.CommitmentRepository;
import org.hemicycle.commitment.internal.IndicatorEntity;
import org.hemicycle.commitment.internal.IndicatorRepository;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Completion;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.plan.OpenAmendments;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.RecordVersion;
import org.hemicycle.site.Text;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments of Annex A with their activities and indicators. At most ten per plan, numbered 1..10
 * without gaps, every date inside the plan period. Changes lock the plan row, as the plan's own lists do.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentService {

    private final ParliamentService parliaments;
    private final PlanPages planPages;
    private final PlanCycle cycle;
    private final CommitmentRepository commitments;
    private final ActivityRepository activities;
    private final IndicatorRepository indicators;
    private final ApplicationEventPublisher events;
    private final CommitmentInputs inputs;
    private final OpenAmendments amendments;
    private final CommitmentMonitoring monitoring;
    private final CommitmentAssessments assessments;

    CommitmentService(ParliamentService parliaments, PlanPages planPages, PlanCycle cycle,
                      CommitmentRepository commitments, ActivityRepository activities, IndicatorRepository indicators,
                      ApplicationEventPublisher events, ObjectProvider<CommitmentInputs> inputs,
                      ObjectProvider<OpenAmendments> amendments, ObjectProvider<CommitmentMonitoring> monitoring,
                      ObjectProvider<CommitmentAssessments> assessments) {
        // None without the review module: nobody assessed anything then.
        this.assessments = assessments.getIfAvailable(() -> commitmentId -> CommitmentAssessments.Assessments.NONE);
        // None without the monitoring module: no update was posted then.
        this.monitoring = monitoring.getIfAvailable(() -> commitmentId -> CommitmentMonitoring.Monitoring.NONE);
        // None when the commitment module runs on its own (its module test): nothing shaped its commitments then.
        this.inputs = inputs.getIfAvailable(() -> commitmentId -> CommitmentInputs.Inputs.NONE);
        // Without the versions module no adopted text is kept apart, so there is nothing an amendment would guard.
        this.amendments = amendments.getIfAvailable(() -> planId -> true);
        this.parliaments = parliaments;
        this.planPages = planPages;
        this.cycle = cycle;
        this.commitments = commitments;
        this.activities = activities;
        this.indicators = indicators;
        this.events = events;
    }

    public CommitmentPage page(Actor actor, String parliamentSlug, String planSlug, int number) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = planPages.readablePlan(actor, parliament.getId(), planSlug);
        if (!CommitmentPolicy.mayRead(actor, plan)) {
            // As for plans: what one may not read answers "not found", so that drafts do not reveal they exist.
            throw new PlanNotFound();
        }
        CommitmentEntity commitment = commitments.findByPlanIdAndNumber(plan.getId(), number).orElseThrow(PlanNotFound::new);
        return assemble(actor, parliament, plan, commitment);
    }

    public CommitmentPage workspace(Actor actor, Long commitmentId) {
        CommitmentEntity commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        ActionPlan plan = editablePlan(actor, commitment.getPlanId());
        return assemble(actor, parliaments.byId(plan.getParliamentId()), plan, commitment);
    }

    /** The plan a commitment belongs to, read without loading the commitment: to lock the plan before reading it. */
    public Long planIdOf(Long commitmentId) {
        return commitments.findPlanIdById(commitmentId).orElseThrow(PlanNotFound::new);
    }

    /**
     * The activities not done that end on or before {@code until}, of adopted plans only (a draft's dates are not
     * deadlines yet): of one plan its team may edit, or of every plan when {@code planId} is null (the reminders job).
     */
    public List<DueActivity> due(LocalDate until, @org.jspecify.annotations.Nullable Long planId) {
        java.util.Map<Long, Boolean> adopted = new java.util.HashMap<>();
        return activities.findDue(until, planId).stream()
                .filter(due -> adopted.computeIfAbsent(due.planId(),
                        id -> planPages.readablePlan(Actor.platform("reminders"), id).getPhase().isAdopted()))
                .toList();
    }

    /**
     * Where each plan stands, in two statements whatever the number of plans: for the pages that list a parliament's
     * plans. Plans whose commitments the actor may not read stand at nothing.
     */
    public Map<Long, PlanStanding> standingsOf(Actor actor, List<? extends ActionPlan> plans, LocalDate today) {
        List<Long> readable = plans.stream().filter(plan -> CommitmentPolicy.mayRead(actor, plan)).map(ActionPlan::getId).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Completion, Long>> completions = new java.util.HashMap<>();
        Map<Long, Long> totals = new java.util.HashMap<>();
        for (var count : commitments.countByPlanAndCompletion(readable)) {
            completions.computeIfAbsent(count.planId(), id -> new java.util.EnumMap<>(Completion.class))
                    .put(count.completion(), count.commitments());
            totals.merge(count.planId(), count.commitments(), Long::sum);
        }
        Map<Long, PlanStanding> standings = new java.util.HashMap<>();
        Set<Long> adopted = plans.stream().filter(plan -> plan.getPhase().isAdopted()).map(ActionPlan::getId)
                .collect(Collectors.toSet());
        for (var count : activities.countByPlan(readable, today)) {
            // A draft's dates are not deadlines yet.
            standings.put(count.planId(), new PlanStanding(totals.getOrDefault(count.planId(), 0L), count.total(),
                    count.completed(), adopted.contains(count.planId()) ? count.overdue() : 0,
                    completions.getOrDefault(count.planId(), Map.of())));
        }
        totals.forEach((planId, total) -> standings.putIfAbsent(planId,
                new PlanStanding(total, 0, 0, 0, completions.getOrDefault(planId, Map.of()))));
        return standings;
    }

    /** A commitment by its id, for whoever may read its plan: the monitoring pages start from it. */
    public CommitmentPage read(Actor actor, Long commitmentId) {
        CommitmentEntity commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        ActionPlan plan = planPages.readablePlan(actor, commitment.getPlanId());
        return assemble(actor, parliaments.byId(plan.getParliamentId()), plan, commitment);
    }

    private CommitmentPage assemble(Actor actor, Parliament parliament, ActionPlan plan, CommitmentEntity commitment) {
        Hibernate.initialize(commitment.getOgpValues());
        return new CommitmentPage(parliament, plan, commitment,
                List.copyOf(activities.findByCommitmentIdOrderByStartDateAscPositionAsc(commitment.getId())),
                List.copyOf(indicators.findByCommitmentIdOrderByPositionAsc(commitment.getId())),
                (int) commitments.countByPlanId(plan.getId()), CommitmentPolicy.mayEdit(actor, plan),
                inputs.acceptedInto(commitment.getId()), draftCommentsOn(plan, commitment),
                monitoring.of(commitment.getId()), assessments.of(commitment.getId()), LocalDate.now(),
                plan.getPhase().isAdopted() && monitoring.mayPost(actor, plan.getParliamentId(), commitment.getId()),
                plan.getPhase().isAdopted() ? assessments.mayAssess(actor, plan.getParliamentId()) : java.util.Set.of());
    }

    /** Once adopted, the comments made on the draft stay readable, and no more are asked for. */
    private CommitmentInputs.DraftComments draftCommentsOn(ActionPlan plan, CommitmentEntity commitment) {
        CommitmentInputs.DraftComments comments = inputs.draftCommentsOn(plan.getId(), commitment.getId());
        return plan.getPhase().isAdopted() && comments.open()
                ? new CommitmentInputs.DraftComments(comments.consultationId(), false, comments.counts()) : comments;
    }

    /**
     * Every commitment of a plan with its activities and indicators, in number order, read in three queries whatever
     * the plan holds.
     */
    public List<WholeCommitment> wholeCommitmentsOf(Actor actor, Long planId) {
        ActionPlan plan = planPages.readablePlan(actor, planId);
        if (!CommitmentPolicy.mayRead(actor, plan)) {
            throw new PlanNotFound();
        }
        List<CommitmentEntity> planCommitments = commitments.findWithValuesByPlanId(planId);
        if (planCommitments.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Activity>> activitiesByCommitment = activities.findByPlanIdInOrder(planId).stream()
                .collect(Collectors.groupingBy(ActivityEntity::getCommitmentId, Collectors.toList()));
        Map<Long, List<Indicator>> indicatorsByCommitment = indicators.findByPlanIdInOrder(planId).stream()
                .collect(Collectors.groupingBy(IndicatorEntity::getCommitmentId, Collectors.toList()));
        return planCommitments.stream()
                .map(commitment -> new WholeCommitment(commitment,
                        List.copyOf(activitiesByCommitment.getOrDefault(commitment.getId(), List.of())),
                        List.copyOf(indicatorsByCommitment.getOrDefault(commitment.getId(), List.of()))))
                .toList();
    }

    /** Numbers the new commitment after the last; the plan row is locked so that numbering never races. */
    @Transactional
    public Commitment add(Actor actor, Long planId, CommitmentText text) {
        ActionPlan plan = cycle.lockedForChange(actor, planId);
        CommitmentPolicy.TABLE.check(actor, CommitmentPolicy.Action.ADD, plan.getParliamentId());
        if (plan.getPhase().holdsAnnexA()) {
            throw new PlanRuleViolation(null, "commitment.error.add-after-adoption");
        }
        long existing = commitments.countByPlanId(planId);
        if (existing >= PlanCommitments.MAX_PER_PLAN) {
            throw new PlanRuleViolation(null, "commitment.error.limit", PlanCommitments.MAX_PER_PLAN);
        }
        checkTimeframe(plan, text.startDate(), text.endDate());
        CommitmentEntity added;
        try {
            added = commitments.saveAndFlush(new CommitmentEntity(planId, (int) existing + 1, text));
        } catch (DataIntegrityViolationException concurrentAdd) {
            // Two editors adding at once both chose the same number; the database kept one.
            throw new PlanRuleViolation(null, "commitment.error.concurrent-change");
        }
        changed(added, plan);
        return added;
    }

    /** Saves the form's text unless someone saved this commitment since the form showed the given version. */
    @Transactional
    public void update(Actor actor, Long commitmentId, CommitmentText text, @Nullable String seenVersion) {
        Locked locked = locked(actor, commitmentId, CommitmentPolicy.Action.EDIT);
        CommitmentEntity commitment = locked.commitment();
        // Completion is not on the form (progress updates set it): a change to it is no conflict with the editor's text.
        RecordVersion.check(seenVersion, commitment.text().withCompletion(null));
        if (!sameApartFromCompletion(commitment.text(), text)) {
            // Its completion is progress, reported at any time; the rest is the adopted text.
            checkAmendable(locked.plan());
        }
        checkTimeframe(locked.plan(), text.startDate(), text.endDate());
        checkAnnexAKept(locked.plan(), commitment.getNumber(), text);
        for (ActivityEntity activity : activities.findByCommitmentIdOrderByStartDateAscPositionAsc(commitmentId)) {
            if (outside(activity.getStartDate(), text) || outside(activity.getEndDate(), text)) {
                throw new PlanRuleViolation("startDate", "commitment.error.timeframe-excludes-activity",
                        activity.getDescription());
            }
        }
        commitment.update(text);
        cycle.checkRecordsKept(actor, locked.plan().getId());
        changed(commitment, locked.plan());
    }

    /**
     * Removes a draft commitment and closes the gap it leaves. From the adoption step on, the numbered list
     * is what the parliament adopts and cites: commitments are withdrawn instead.
     */
    @Transactional
    public void delete(Actor actor, Long commitmentId) {
        Locked locked = lockedCommitment(actor, commitmentId, CommitmentPolicy.Action.DELETE);
        ActionPlan plan = locked.plan();
        if (plan.getPhase().holdsAnnexA()) {
            throw new PlanRuleViolation(null, "commitment.error.delete-adopted");
        }
        CommitmentEntity commitment = locked.commitment();
        commitments.findLocked(commitmentId);
        if (inputs.countAcceptedInto(commitmentId) > 0) {
            // Their authors were told their idea became this commitment; its page is where they find it.
            throw new PlanRuleViolation(null, "commitment.error.delete-has-inputs");
        }
        int removed = commitment.getNumber();
        commitments.delete(commitment);
        commitments.flush();
        // One row at a time, upwards, so that the unique (plan, number) constraint holds after each update.
        for (CommitmentEntity following : commitments.findByPlanIdOrderByNumberAsc(plan.getId())) {
            if (following.getNumber() > removed) {
                following.renumber(following.getNumber() - 1);
                commitments.flush();
            }
        }
        changed(commitment, plan);
    }

    /**
     * Whether the commitment belongs to the plan; if so it is held until the caller's transaction ends, so that an
     * input accepted into it meanwhile is seen by a deletion, which refuses to leave that input without it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean holdForInput(Long planId, Long commitmentId) {
        return commitments.findLocked(commitmentId).filter(commitment -> commitment.getPlanId().equals(planId)).isPresent();
    }

    /** An activity of a commitment, for a module that already checked the reader may read its plan. */
    public java.util.Optional<Activity> activityOf(Long commitmentId, Long activityId) {
        return activities.findByIdAndCommitmentId(activityId, commitmentId).map(Activity.class::cast);
    }

    @Transactional
    public void addActivity(Actor actor, Long commitmentId, NewActivity activity) {
        Locked locked = lockedCommitment(actor, commitmentId, CommitmentPolicy.Action.EDIT);
        checkActivityDates(locked, activity);
        activities.save(new ActivityEntity(commitmentId, activities.maxPosition(commitmentId) + 1, activity));
        changed(locked.commitment(), locked.plan());
    }

    @Transactional
    public void updateActivity(Actor actor, Long commitmentId, Long activityId, NewActivity changed,
                               @Nullable String seenVersion) {
        Locked locked = lockedCommitment(actor, commitmentId, CommitmentPolicy.Action.EDIT);
        ActivityEntity activity = activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new);
        RecordVersion.check(seenVersion, activity.text());
        checkActivityDates(locked, changed);
        activity.update(changed);
        changed(locked.commitment(), locked.plan());
    }

    public Activity activity(Actor actor, Long commitmentId, Long activityId) {
        editableCommitment(actor, commitmentId);
        return activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new);
    }

    @Transactional
    public void setActivityCompleted(Actor actor, Long commitmentId, Long activityId, boolean completed) {
        CommitmentEntity commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        // Progress is reported on the plan as it stands, in whatever step: the commitment table alone says by whom.
        ActionPlan plan = planPages.readablePlan(actor, commitment.getPlanId());
        CommitmentPolicy.TABLE.check(actor, CommitmentPolicy.Action.RECORD_PROGRESS, plan.getParliamentId());
        activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new)
                .markCompleted(completed);
        changed(commitment, plan);
    }

    /**
     * What a progress update says, taken into the commitment: the activity's percentage (or the commitment's own, when
     * the update is on the whole commitment), then the commitment's completion by the roll-up rule of {@link Progress}.
     * Under the plan's row lock, so that two updates at once roll up one after the other. The monitoring module, which
     * decides who may post an update, calls this in the update's own transaction; it answers the commitment's progress.
     */
    @Transactional
    public int reportProgress(Actor actor, Long commitmentId, @Nullable Long activityId, ProgressStatus status, int percent) {
        Locked locked = locked(actor, commitmentId, CommitmentPolicy.Action.RECORD_PROGRESS);
        CommitmentEntity commitment = locked.commitment();
        List<ActivityEntity> all = activities.findByCommitmentIdOrderByStartDateAscPositionAsc(commitmentId);
        if (activityId != null) {
            all.stream().filter(activity -> activity.getId().equals(activityId)).findFirst()
                    .orElseThrow(PlanNotFound::new).reportProgress(percent);
        }
        int progress = all.isEmpty() ? percent : Progress.rollUp(all);
        Completion completion = status == ProgressStatus.WITHDRAWN ? Completion.WITHDRAWN : Progress.completionOf(progress);
        commitment.reportProgress(completion, all.isEmpty() ? Integer.valueOf(progress) : commitment.getReportedPercent());
        changed(commitment, locked.plan());
        return progress;
    }

    /** Something its page shows changed elsewhere (an indicator's reading): the commitment's pages are refreshed. */
    @Transactional
    public void reportChanged(Long commitmentId) {
        CommitmentEntity commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        changed(commitment, planPages.readablePlan(Actor.platform("monitoring"), commitment.getPlanId()));
    }

    /** An activity's share in its commitment's progress. */
    @Transactional
    public void weighActivity(Actor actor, Long commitmentId, Long activityId, int weight) {
        Locked locked = locked(actor, commitmentId, CommitmentPolicy.Action.RECORD_PROGRESS);
        if (weight < 1 || weight > 100) {
            throw new PlanRuleViolation("weight", "activity.error.weight");
        }
        List<ActivityEntity> all = activities.findByCommitmentIdOrderByStartDateAscPositionAsc(commitmentId);
        all.stream().filter(activity -> activity.getId().equals(activityId)).findFirst().orElseThrow(PlanNotFound::new)
                .weigh(weight);
        CommitmentEntity commitment = locked.commitment();
        if (commitment.getCompletion() != Completion.WITHDRAWN) {
            commitment.reportProgress(Progress.completionOf(Progress.rollUp(all)), commitment.getReportedPercent());
        }
        changed(commitment, locked.plan());
    }

    @Transactional
    public void removeActivity(Actor actor, Long commitmentId, Long activityId) {
        Locked locked = lockedCommitment(actor, commitmentId, CommitmentPolicy.Action.EDIT);
        if (locked.plan().getPhase().holdsAnnexA() && activities.countByCommitmentId(commitmentId) <= 1) {
            throw new PlanRuleViolation(null, "activity.error.last-of-adopted");
        }
        activities.delete(activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new));
        changed(locked.commitment(), locked.plan());
    }

    @Transactional
    public void addIndicator(Actor actor, Long commitmentId, NewIndicator indicator) {
        Locked locked = lockedCommitment(actor, commitmentId, CommitmentPolicy.Action.EDIT);
        indicators.save(new IndicatorEntity(commitmentId, indicators.maxPosition(commitmentId) + 1, indicator));
        changed(locked.commitment(), locked.plan());
    }

    @Transactional
    public void updateIndicator(Actor actor, Long commitmentId, Long indicatorId, NewIndicator changed,
                                @Nullable String seenVersion) {
        Locked locked = lockedCommitment(actor, commitmentId, CommitmentPolicy.Action.EDIT);
        IndicatorEntity indicator = indicators.findByIdAndCommitmentId(indicatorId, commitmentId).orElseThrow(PlanNotFound::new);
        RecordVersion.check(seenVersion, indicator.text());
        indicator.update(changed);
        changed(locked.commitment(), locked.plan());
    }

    public Indicator indicator(Actor actor, Long commitmentId, Long indicatorId) {
        editableCommitment(actor, commitmentId);
        return indicators.findByIdAndCommitmentId(indicatorId, commitmentId).orElseThrow(PlanNotFound::new);
    }

    @Transactional
    public void removeIndicator(Actor actor, Long commitmentId, Long indicatorId) {
        Locked locked = lockedCommitment(actor, commitmentId, CommitmentPolicy.Action.EDIT);
        if (locked.plan().getPhase().holdsAnnexA() && indicators.countByCommitmentId(commitmentId) <= 1) {
            throw new PlanRuleViolation(null, "indicator.error.last-of-adopted");
        }
        indicators.delete(indicators.findByIdAndCommitmentId(indicatorId, commitmentId).orElseThrow(PlanNotFound::new));
        changed(locked.commitment(), locked.plan());
    }


    private record Locked(ActionPlan plan, CommitmentEntity commitment) {
    }

    /** An edit that numbers or counts a commitment's lists: serialized on the plan row, like the commitments. */
    private Locked lockedCommitment(Actor actor, Long commitmentId, CommitmentPolicy.Action action) {
        Locked locked = locked(actor, commitmentId, action);
        if (action != CommitmentPolicy.Action.DELETE) {
            checkAmendable(locked.plan());
        }
        return locked;
    }

    private Locked locked(Actor actor, Long commitmentId, CommitmentPolicy.Action action) {
        // Lock the plan before reading the commitment: a concurrent delete may be renumbering it.
        Long planId = commitments.findPlanIdById(commitmentId).orElseThrow(PlanNotFound::new);
        ActionPlan plan = cycle.lockedForChange(actor, planId);
        CommitmentPolicy.TABLE.check(actor, action, plan.getParliamentId());
        return new Locked(plan, commitments.findById(commitmentId).orElseThrow(PlanNotFound::new));
    }

    /** What the parliament adopted changes only by an amendment whose reason the public reads. */
    private void checkAmendable(ActionPlan plan) {
        if (plan.getPhase().isAdopted() && !amendments.isOpen(plan.getId())) {
            throw new PlanRuleViolation(null, "commitment.error.amendment-needed");
        }
    }

    /** The two texts as they would be stored (trimmed, blanks as none), their completion aside. */
    private static boolean sameApartFromCompletion(CommitmentText stored, CommitmentText sent) {
        return normalized(stored).equals(normalized(sent));
    }

    private static CommitmentText normalized(CommitmentText t) {
        return new CommitmentText(Text.clean(t.title()), t.pillar(), t.startDate(), t.endDate(), Text.clean(t.responsibleInstitution()),
                Text.clean(t.governmentPartners()), Text.clean(t.otherPartners()), Text.clean(t.issue()), Text.clean(t.description()),
                Text.clean(t.justification()), t.ogpValues() == null ? Set.of()
                        : t.ogpValues().stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()),
                Text.clean(t.ogpRelevance()), Text.clean(t.budget()), Text.clean(t.contactName()), Text.clean(t.contactTitle()),
                Text.clean(t.contactDepartment()), Text.clean(t.contactOrganization()), Text.clean(t.contactEmail()), null);
    }

    private ActionPlan editablePlan(Actor actor, Long planId) {
        ActionPlan plan = planPages.editablePlan(actor, planId);
        if (!CommitmentPolicy.mayEdit(actor, plan)) {
            throw new AccessDeniedException("Not an editor of this plan's commitments");
        }
        return plan;
    }

    private CommitmentEntity editableCommitment(Actor actor, Long commitmentId) {
        CommitmentEntity commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        editablePlan(actor, commitment.getPlanId());
        return commitment;
    }

    private void changed(CommitmentEntity commitment, ActionPlan plan) {
        PlanAddress address = new PlanAddress(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug());
        events.publishEvent(new CommitmentChanged(commitment.getId(), plan.getId(), plan.getParliamentId(), address));
    }

    /** Each refusal names the date at fault, and the period or timeframe it must fall in. */
    private static void checkActivityDates(Locked locked, NewActivity activity) {
        ActionPlan plan = locked.plan();
        if (!plan.covers(activity.activityStart()) || !plan.covers(activity.activityEnd())) {
            throw new PlanRuleViolation(plan.covers(activity.activityStart()) ? "activityEnd" : "activityStart",
                    "commitment.error.outside-plan", plan.getPeriodStart(), plan.getPeriodEnd());
        }
        if (activity.activityEnd().isBefore(activity.activityStart())) {
            throw new PlanRuleViolation("activityEnd", "commitment.error.end-before-start", activity.activityStart());
        }
        CommitmentText timeframe = locked.commitment().text();
        boolean startOutside = outside(activity.activityStart(), timeframe);
        if (startOutside || outside(activity.activityEnd(), timeframe)) {
            String field = startOutside ? "activityStart" : "activityEnd";
            if (timeframe.startDate() != null && timeframe.endDate() != null) {
                throw new PlanRuleViolation(field, "activity.error.outside-commitment-dates", timeframe.startDate(),
                        timeframe.endDate());
            }
            throw new PlanRuleViolation(field, "activity.error.outside-commitment");
        }
    }

    /** From the adoption step on, a commitment keeps every Annex A field of its own text. */
    private static void checkAnnexAKept(ActionPlan plan, int number, CommitmentText text) {
        if (!plan.getPhase().holdsAnnexA()) {
            return;
        }
        List<MissingRecord> gaps = AnnexA.gaps(number, text, Boolean.TRUE.equals(plan.politicalWillStep().ogpAnnex()),
                null, null);
        if (!gaps.isEmpty()) {
            throw new AnnexAIncomplete(gaps);
        }
    }

    private static void checkTimeframe(ActionPlan plan, @Nullable LocalDate start, @Nullable LocalDate end) {
        if (start != null && !plan.covers(start)) {
            throw new PlanRuleViolation("startDate", "commitment.error.outside-plan",
                    plan.getPeriodStart(), plan.getPeriodEnd());
        }
        if (end != null && !plan.covers(end)) {
            throw new PlanRuleViolation("endDate", "commitment.error.outside-plan",
                    plan.getPeriodStart(), plan.getPeriodEnd());
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new PlanRuleViolation("endDate", "commitment.error.end-before-start", start);
        }
    }

    private static boolean outside(@Nullable LocalDate date, CommitmentText timeframe) {
        return date != null && ((timeframe.startDate() != null && date.isBefore(timeframe.startDate()))
                || (timeframe.endDate() != null && date.isAfter(timeframe.endDate())));
    }
}
