package org.hemicycle.plan;

/**
 * A commitment as listed on its plan's page, with its activities' progress and its own, as the commitment module's
 * roll-up rule gives it.
 */
public record CommitmentSummary(CommitmentHeadline commitment, long activities, long activitiesCompleted, int progressPercent) {
}
