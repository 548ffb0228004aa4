package org.hemicycle.plan;

import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;

/** A plan left the adoption step with its adoption recorded: its commitments are now what the parliament adopted. */
@DomainEvent
public record PlanAdopted(Long planId, Long parliamentId, PlanAddress address, LocalDate adoptedOn) {
}
