package org.hemicycle.commitment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hemicycle.commitment.Progress;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.plan.CommitmentSummary;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanDetails;
import org.hemicycle.plan.PlanRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The commitment module's answers to what the plan asks of its commitments. */
@Component
@Transactional(readOnly = true)
class CommitmentsOfPlans implements PlanCommitments {

    private final CommitmentRepository commitments;
    private final ActivityRepository activities;
    private final IndicatorRepository indicators;

    CommitmentsOfPlans(CommitmentRepository commitments, ActivityRepository activities, IndicatorRepository indicators) {
        this.commitments = commitments;
        this.activities = activities;
        this.indicators = indicators;
    }

    @Override
    public List<CommitmentSummary> summariesOf(Long planId) {
        List<CommitmentEntity> planCommitments = commitments.findWithValuesByPlanId(planId);
        Map<Long, ActivityCount> counts = activityCounts(planId, planCommitments);
        return planCommitments.stream()
                .map(c -> {
                    ActivityCount count = counts.get(c.getId());
                    return count == null
                            ? new CommitmentSummary(c, 0, 0, c.getReportedPercent() == null ? 0 : c.getReportedPercent())
                            : new CommitmentSummary(c, count.total(), count.completed(),
                                    Progress.rollUp(count.weightedPercent(), count.weights()));
                })
                .toList();
    }

    @Override
    public List<CommitmentHeadline> headlinesOf(Long planId) {
        return List.copyOf(commitments.findByPlanIdOrderByNumberAsc(planId));
    }

    @Override
    public Facts factsOf(Long planId, boolean ogpAnnex) {
        List<CommitmentEntity> planCommitments = commitments.findWithValuesByPlanId(planId);
        Map<Long, ActivityCount> activityTotals = activityCounts(planId, planCommitments);
        Map<Long, Long> indicatorTotals = planCommitments.isEmpty() ? Map.of()
                : indicators.countByCommitmentOfPlan(planId).stream()
                .collect(Collectors.toMap(IndicatorCount::commitmentId, IndicatorCount::total));
        List<MissingRecord> gaps = new ArrayList<>();
        for (CommitmentEntity commitment : planCommitments) {
            ActivityCount activityCount = activityTotals.get(commitment.getId());
            gaps.addAll(AnnexA.gaps(commitment.getNumber(), commitment.text(), ogpAnnex,
                    activityCount == null ? 0L : activityCount.total(), indicatorTotals.getOrDefault(commitment.getId(), 0L)));
        }
        return new Facts(planCommitments.size(), gaps);
    }

    @Override
    public Optional<PlanRuleViolation> leftOutBy(Long planId, PlanDetails period) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (CommitmentEntity commitment : commitments.findByPlanIdOrderByNumberAsc(planId)) {
            numbers.put(commitment.getId(), commitment.getNumber());
            if (outside(commitment.getStartDate(), period) || outside(commitment.getEndDate(), period)) {
                return Optional.of(new PlanRuleViolation("periodStart", "plan.error.period-excludes-commitment",
                        commitment.getNumber()));
            }
        }
        for (ActivityEntity activity : activities.findByPlanId(planId)) {
            if (outside(activity.getStartDate(), period) || outside(activity.getEndDate(), period)) {
                return Optional.of(new PlanRuleViolation("periodStart", "plan.error.period-excludes-activity",
                        activity.getDescription(), numbers.get(activity.getCommitmentId())));
            }
        }
        return Optional.empty();
    }

    /**
     * By the plan's id, not a list of commitment ids: Hibernate translates a query with a list parameter anew on every
     * call (its SQL depends on the list's length), which was a tenth of the plan page's CPU.
     */
    private Map<Long, ActivityCount> activityCounts(Long planId, List<CommitmentEntity> planCommitments) {
        if (planCommitments.isEmpty()) {
            return Map.of();
        }
        return activities.countByCommitmentOfPlan(planId).stream()
                .collect(Collectors.toMap(ActivityCount::commitmentId, count -> count));
    }

    private static boolean outside(@Nullable LocalDate date, PlanDetails period) {
        return date != null && (date.isBefore(period.periodStart()) || date.isAfter(period.periodEnd()));
    }
}
