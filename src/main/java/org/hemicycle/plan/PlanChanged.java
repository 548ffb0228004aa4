package org.hemicycle.plan;

import org.jmolecules.event.annotation.DomainEvent;
/** Something a plan records changed: its details, a step's record, or one of its lists. */
@DomainEvent
public record PlanChanged(Long planId, Long parliamentId, PlanAddress address) {
}
