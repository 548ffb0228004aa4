package org.hemicycle.commitment.internal;

/** How many indicators a commitment has, for the Annex A completeness check. */
public record IndicatorCount(Long commitmentId, long total) {
}
