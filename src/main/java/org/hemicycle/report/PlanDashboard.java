package org.hemicycle.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.Progress;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Completion;

/**
 * A plan at a glance, as of a day in its parliament's zone: each commitment's progress by the roll-up rule, the
 * activities done and overdue, how many commitments reached each completion level, and the activities on a timeline.
 */
public record PlanDashboard(Parliament parliament, ActionPlan plan, List<WholeCommitment> commitments, LocalDate today) {

    public int percentOf(WholeCommitment whole) {
        return Progress.of(whole.commitment(), whole.activities());
    }

    /** A plan not adopted yet has no deadlines: its dates are a draft's. */
    public boolean overdue(Activity activity) {
        return plan.getPhase().isAdopted() && !activity.isCompleted() && activity.getEndDate().isBefore(today);
    }

    public long overdueOf(WholeCommitment whole) {
        return whole.activities().stream().filter(this::overdue).count();
    }

    public long overdueCount() {
        return commitments.stream().mapToLong(this::overdueOf).sum();
    }

    public long activities() {
        return commitments.stream().mapToLong(whole -> whole.activities().size()).sum();
    }

    public long activitiesCompleted() {
        return commitments.stream().flatMap(whole -> whole.activities().stream()).filter(Activity::isCompleted).count();
    }

    /** Activities done out of all, as the plan page counts it. */
    public int percent() {
        long all = activities();
        return all == 0 ? 0 : (int) Math.round(100.0 * activitiesCompleted() / all);
    }

    /** Every completion level in the IRM's order, with zero for those no commitment has reached. */
    public Map<Completion, Long> completionCounts() {
        Map<Completion, Long> counts = new EnumMap<>(Completion.class);
        for (Completion level : Completion.values()) {
            counts.put(level, 0L);
        }
        commitments.forEach(whole -> counts.merge(whole.commitment().getCompletion(), 1L, Long::sum));
        return counts;
    }

    public Timeline timeline() {
        return Timeline.of(plan, commitments, today, this::overdue);
    }
}
