package org.hemicycle.plan;

/** A commitment as listed on its plan's page, with its activities' progress. */
public record CommitmentSummary(CommitmentHeadline commitment, long activities, long activitiesCompleted) {

    public int progressPercent() {
        return activities == 0 ? 0 : (int) Math.round(100.0 * activitiesCompleted / activities);
    }
}
