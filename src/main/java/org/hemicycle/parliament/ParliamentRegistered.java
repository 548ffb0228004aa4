package org.hemicycle.parliament;

/** A parliament joined the network's list. */
public record ParliamentRegistered(Long parliamentId, String slug) {
}
