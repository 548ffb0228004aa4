package org.hemicycle.commitment;

import org.hemicycle.plan.PlanAddress;
import org.jmolecules.event.annotation.DomainEvent;

/** A commitment of a plan was added, changed or removed, or one of its activities or indicators was. */
@DomainEvent
public record CommitmentChanged(Long commitmentId, Long planId, Long parliamentId, PlanAddress planAddress) {
}
