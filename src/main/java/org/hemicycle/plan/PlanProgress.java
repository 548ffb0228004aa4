package org.hemicycle.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a plan stands across its commitments: activities done out of all activities, and how many commitments
 * reached each completion level. Computed from the commitment summaries the plan page already loaded.
 */
public record PlanProgress(int commitments, long activities, long activitiesCompleted,
                           Map<Completion, Long> commitmentsByCompletion) {

    public static PlanProgress of(List<CommitmentSummary> summaries) {
        Map<Completion, Long> byCompletion = new EnumMap<>(Completion.class);
        long activities = 0;
        long completed = 0;
        for (CommitmentSummary summary : summaries) {
            activities += summary.activities();
            completed += summary.activitiesCompleted();
            byCompletion.merge(summary.commitment().getCompletion(), 1L, Long::sum);
        }
        return new PlanProgress(summaries.size(), activities, completed, byCompletion);
    }

    public int percent() {
        return activities == 0 ? 0 : (int) Math.round(100.0 * activitiesCompleted / activities);
    }

    /** The completion levels some commitment has reached, in the IRM's order. */
    public List<Map.Entry<Completion, Long>> completionCounts() {
        return List.copyOf(commitmentsByCompletion.entrySet());
    }
}
