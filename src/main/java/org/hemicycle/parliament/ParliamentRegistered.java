package org.hemicycle.parliament;

import org.jmolecules.event.annotation.DomainEvent;
/** A parliament joined the network's list. */
@DomainEvent
public record ParliamentRegistered(Long parliamentId, String slug) {
}
