package org.hemicycle.parliament;

import org.jspecify.annotations.Nullable;


/** A Chamber as other modules read it; only this module changes it. */
public interface Chamber {

    Long getId();
    Long getParliamentId();
    String getSlug();
    String getName();
    @Nullable Integer getSeats();
    int getPosition();
}
