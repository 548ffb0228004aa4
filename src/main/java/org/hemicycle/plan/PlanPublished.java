package org.hemicycle.plan;

import org.jmolecules.event.annotation.DomainEvent;
/** A plan became public; it stays public. */
@DomainEvent
public record PlanPublished(Long planId, Long parliamentId, PlanAddress address) {
}
