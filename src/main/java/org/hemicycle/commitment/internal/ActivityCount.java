package org.hemicycle.commitment.internal;

/** How many activities a commitment has, how many are done, and their progress weighted, for progress bars. */
public record ActivityCount(Long commitmentId, long total, long completed, long weightedPercent, long weights) {
}
