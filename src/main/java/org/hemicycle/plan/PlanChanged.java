package org.hemicycle.plan;

/** Something a plan records changed: its details, a step's record, or one of its lists. */
public record PlanChanged(Long planId, Long parliamentId, PlanAddress address) {
}
