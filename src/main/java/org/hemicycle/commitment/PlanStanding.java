package org.hemicycle.commitment;

import java.util.EnumMap;
import java.util.Map;
import org.hemicycle.plan.Completion;

/**
 * Where a plan stands, in counts: its commitments by completion level, its activities, those done and those overdue
 * (past their end date and not done) on the day it was read.
 */
public record PlanStanding(long commitments, long activities, long activitiesCompleted, long overdue,
                           Map<Completion, Long> byCompletion) {

    public static final PlanStanding NOTHING = new PlanStanding(0, 0, 0, 0, Map.of());

    /** Activities done out of all activities, as the plan page counts it. */
    public int percent() {
        return activities == 0 ? 0 : (int) Math.round(100.0 * activitiesCompleted / activities);
    }

    /** Every completion level in the IRM's order, with zero for those no commitment has reached. */
    public Map<Completion, Long> completionCounts() {
        Map<Completion, Long> all = new EnumMap<>(Completion.class);
        for (Completion level : Completion.values()) {
            all.put(level, byCompletion.getOrDefault(level, 0L));
        }
        return all;
    }
}
