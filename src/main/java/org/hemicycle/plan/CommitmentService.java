package org.hemicycle.plan;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hibernate.Hibernate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments of Annex A with their activities and indicators. At most ten per plan, numbered 1..10
 * without gaps, every date inside the plan period.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentService {

    private final ParliamentService parliaments;
    private final PlanService planService;
    private final ActionPlanRepository plans;
    private final CommitmentRepository commitments;
    private final ActivityRepository activities;
    private final IndicatorRepository indicators;
    private final PlanPermissions permissions;

    CommitmentService(ParliamentService parliaments, PlanService planService, ActionPlanRepository plans,
                      CommitmentRepository commitments, ActivityRepository activities,
                      IndicatorRepository indicators, PlanPermissions permissions) {
        this.parliaments = parliaments;
        this.planService = planService;
        this.plans = plans;
        this.commitments = commitments;
        this.activities = activities;
        this.indicators = indicators;
        this.permissions = permissions;
    }

    public CommitmentPage page(String parliamentSlug, String planSlug, int number) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.findByParliamentIdAndSlug(parliament.getId(), planSlug)
                .filter(permissions::canView)
                .orElseThrow(PlanNotFound::new);
        Commitment commitment = commitments.findByPlanIdAndNumber(plan.getId(), number).orElseThrow(PlanNotFound::new);
        return assemble(parliament, plan, commitment);
    }

    public CommitmentPage workspace(Long commitmentId) {
        Commitment commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        ActionPlan plan = planService.editablePlan(commitment.getPlanId());
        return assemble(parliaments.byId(plan.getParliamentId()), plan, commitment);
    }

    private CommitmentPage assemble(Parliament parliament, ActionPlan plan, Commitment commitment) {
        Hibernate.initialize(commitment.getOgpValues());
        return new CommitmentPage(parliament, plan, commitment,
                activities.findByCommitmentIdOrderByStartDateAscPositionAsc(commitment.getId()),
                indicators.findByCommitmentIdOrderByPositionAsc(commitment.getId()),
                (int) commitments.countByPlanId(plan.getId()),
                permissions.canEdit(parliament.getId()));
    }

    /** Numbers the new commitment after the last; the plan row is locked so that numbering never races. */
    @Transactional
    public Commitment add(Long planId, CommitmentText text) {
        ActionPlan plan = planService.lockedEditablePlan(planId);
        if (plan.getPhase().holdsAnnexA()) {
            throw new PlanRuleViolation(null, "commitment.error.add-after-adoption");
        }
        long existing = commitments.countByPlanId(planId);
        if (existing >= Commitment.MAX_PER_PLAN) {
            throw new PlanRuleViolation(null, "commitment.error.limit", Commitment.MAX_PER_PLAN);
        }
        checkTimeframe(plan, text.startDate(), text.endDate());
        try {
            return commitments.saveAndFlush(new Commitment(planId, (int) existing + 1, text));
        } catch (DataIntegrityViolationException concurrentAdd) {
            // Two editors adding at once both chose the same number; the database kept one.
            throw new PlanRuleViolation(null, "commitment.error.concurrent-change");
        }
    }

    @Transactional
    public void update(Long commitmentId, CommitmentText text) {
        update(commitmentId, text, null);
    }

    /** Saves the form's text unless someone saved this commitment since the form showed the given version. */
    @Transactional
    public void update(Long commitmentId, CommitmentText text, String seenVersion) {
        Commitment commitment = lockedEditableCommitment(commitmentId);
        RecordVersion.check(seenVersion, commitment.text());
        ActionPlan plan = plans.getReferenceById(commitment.getPlanId());
        checkTimeframe(plan, text.startDate(), text.endDate());
        checkAnnexAKept(plan, commitment.getNumber(), text);
        for (Activity activity : activities.findByCommitmentIdOrderByStartDateAscPositionAsc(commitmentId)) {
            if (outside(activity.getStartDate(), text) || outside(activity.getEndDate(), text)) {
                throw new PlanRuleViolation("startDate", "commitment.error.timeframe-excludes-activity",
                        activity.getDescription());
            }
        }
        commitment.update(text);
        planService.checkRecordsKept(plan);
    }

    /**
     * Removes a draft commitment and closes the gap it leaves. From the adoption step on, the numbered list
     * is what the parliament adopts and cites: commitments are withdrawn instead.
     */
    @Transactional
    public void delete(Long commitmentId) {
        // Lock the plan before reading the commitment's number: a concurrent delete may be renumbering it.
        Long planId = commitments.findPlanIdById(commitmentId).orElseThrow(PlanNotFound::new);
        ActionPlan plan = planService.lockedEditablePlan(planId);
        Commitment commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        if (plan.getPhase().holdsAnnexA()) {
            throw new PlanRuleViolation(null, "commitment.error.delete-adopted");
        }
        int removed = commitment.getNumber();
        commitments.delete(commitment);
        commitments.flush();
        // One row at a time, upwards, so that the unique (plan, number) constraint holds after each update.
        for (Commitment following : commitments.findByPlanIdOrderByNumberAsc(plan.getId())) {
            if (following.getNumber() > removed) {
                following.renumber(following.getNumber() - 1);
                commitments.flush();
            }
        }
    }

    @Transactional
    public void addActivity(Long commitmentId, NewActivity activity) {
        Commitment commitment = lockedEditableCommitment(commitmentId);
        checkActivityDates(commitment, activity);
        activities.save(new Activity(commitmentId, activities.maxPosition(commitmentId) + 1, activity));
    }

    @Transactional
    public void updateActivity(Long commitmentId, Long activityId, NewActivity changed) {
        updateActivity(commitmentId, activityId, changed, null);
    }

    @Transactional
    public void updateActivity(Long commitmentId, Long activityId, NewActivity changed, String seenVersion) {
        Commitment commitment = lockedEditableCommitment(commitmentId);
        Activity activity = activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new);
        RecordVersion.check(seenVersion, activity.text());
        checkActivityDates(commitment, changed);
        activity.update(changed);
    }

    public Activity activity(Long commitmentId, Long activityId) {
        editableCommitment(commitmentId);
        return activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new);
    }

    /** Each refusal names the date at fault, and the period or timeframe it must fall in. */
    private void checkActivityDates(Commitment commitment, NewActivity activity) {
        ActionPlan plan = plans.getReferenceById(commitment.getPlanId());
        if (!plan.covers(activity.activityStart()) || !plan.covers(activity.activityEnd())) {
            throw new PlanRuleViolation(plan.covers(activity.activityStart()) ? "activityEnd" : "activityStart",
                    "commitment.error.outside-plan", plan.getPeriodStart(), plan.getPeriodEnd());
        }
        if (activity.activityEnd().isBefore(activity.activityStart())) {
            throw new PlanRuleViolation("activityEnd", "commitment.error.end-before-start", activity.activityStart());
        }
        CommitmentText timeframe = commitment.text();
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

    @Transactional
    public void setActivityCompleted(Long commitmentId, Long activityId, boolean completed) {
        editableCommitment(commitmentId);
        activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new)
                .markCompleted(completed);
    }

    @Transactional
    public void removeActivity(Long commitmentId, Long activityId) {
        Commitment commitment = lockedEditableCommitment(commitmentId);
        if (plans.getReferenceById(commitment.getPlanId()).getPhase().holdsAnnexA()
                && activities.countByCommitmentId(commitmentId) <= 1) {
            throw new PlanRuleViolation(null, "activity.error.last-of-adopted");
        }
        activities.delete(activities.findByIdAndCommitmentId(activityId, commitmentId).orElseThrow(PlanNotFound::new));
    }

    @Transactional
    public void addIndicator(Long commitmentId, NewIndicator indicator) {
        lockedEditableCommitment(commitmentId);
        indicators.save(new Indicator(commitmentId, indicators.maxPosition(commitmentId) + 1, indicator));
    }

    @Transactional
    public void updateIndicator(Long commitmentId, Long indicatorId, NewIndicator changed) {
        updateIndicator(commitmentId, indicatorId, changed, null);
    }

    @Transactional
    public void updateIndicator(Long commitmentId, Long indicatorId, NewIndicator changed, String seenVersion) {
        lockedEditableCommitment(commitmentId);
        Indicator indicator = indicators.findByIdAndCommitmentId(indicatorId, commitmentId).orElseThrow(PlanNotFound::new);
        RecordVersion.check(seenVersion, indicator.text());
        indicator.update(changed);
    }

    public Indicator indicator(Long commitmentId, Long indicatorId) {
        editableCommitment(commitmentId);
        return indicators.findByIdAndCommitmentId(indicatorId, commitmentId).orElseThrow(PlanNotFound::new);
    }

    @Transactional
    public void removeIndicator(Long commitmentId, Long indicatorId) {
        Commitment commitment = lockedEditableCommitment(commitmentId);
        if (plans.getReferenceById(commitment.getPlanId()).getPhase().holdsAnnexA()
                && indicators.countByCommitmentId(commitmentId) <= 1) {
            throw new PlanRuleViolation(null, "indicator.error.last-of-adopted");
        }
        indicators.delete(indicators.findByIdAndCommitmentId(indicatorId, commitmentId).orElseThrow(PlanNotFound::new));
    }

    public List<Commitment> commitmentsOf(Long planId) {
        return commitments.findByPlanIdOrderByNumberAsc(planService.editablePlan(planId).getId());
    }

    /** An edit that numbers or counts a commitment's lists: serialized on the plan row, like the commitments. */
    private Commitment lockedEditableCommitment(Long commitmentId) {
        Long planId = commitments.findPlanIdById(commitmentId).orElseThrow(PlanNotFound::new);
        planService.lockedEditablePlan(planId);
        return commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
    }

    /** From the adoption step on, a commitment keeps every Annex A field of its own text. */
    private static void checkAnnexAKept(ActionPlan plan, int number, CommitmentText text) {
        if (!plan.getPhase().holdsAnnexA()) {
            return;
        }
        List<MissingRecord> gaps = PlanWorkflow.annexAGaps(number, text,
                Boolean.TRUE.equals(plan.politicalWillStep().ogpAnnex()), null, null);
        if (!gaps.isEmpty()) {
            throw new AnnexAIncomplete(gaps);
        }
    }

    private Commitment editableCommitment(Long commitmentId) {
        Commitment commitment = commitments.findById(commitmentId).orElseThrow(PlanNotFound::new);
        planService.editablePlan(commitment.getPlanId());
        return commitment;
    }

    private static void checkTimeframe(ActionPlan plan, LocalDate start, LocalDate end) {
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

    private static boolean outside(LocalDate date, CommitmentText timeframe) {
        return date != null && ((timeframe.startDate() != null && date.isBefore(timeframe.startDate()))
                || (timeframe.endDate() != null && date.isAfter(timeframe.endDate())));
    }
}
