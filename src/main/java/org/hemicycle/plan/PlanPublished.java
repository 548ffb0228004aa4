package org.hemicycle.plan;

/** A plan became public; it stays public. */
public record PlanPublished(Long planId, Long parliamentId, PlanAddress address) {
}
