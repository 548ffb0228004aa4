package org.hemicycle.plan;

import java.time.LocalDate;

/** A plan moved into the next step of the cycle, on the day its team says it did. */
public record PlanStepReached(Long planId, Long parliamentId, PlanAddress address, PlanPhase step, LocalDate reachedOn) {
}
