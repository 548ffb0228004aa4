package org.hemicycle.parliament;


/** A Chamber as other modules read it; only this module changes it. */
public interface Chamber {

    Long getId();
    Long getParliamentId();
    String getSlug();
    String getName();
    Integer getSeats();
    int getPosition();
}
