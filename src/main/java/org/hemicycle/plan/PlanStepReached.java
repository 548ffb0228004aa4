package org.hemicycle.plan;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/** A plan moved into the next step of the cycle, on the day its team says it did. */
@DomainEvent
public record PlanStepReached(Long planId, Long parliamentId, PlanAddress address, PlanPhase step, LocalDate reachedOn) {
}
