package org.hemicycle.commitment.internal;

/** How many activities a commitment has and how many are done, for progress bars. */
public record ActivityCount(Long commitmentId, long total, long completed) {
}
