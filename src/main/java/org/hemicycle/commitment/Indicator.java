package org.hemicycle.commitment;

import org.jspecify.annotations.Nullable;


/** A Indicator as other modules read it; only this module changes it. */
public interface Indicator {

    NewIndicator text();
    Long getId();
    Long getCommitmentId();
    int getPosition();
    String getName();
    @Nullable String getBaseline();
    String getTarget();
    @Nullable String getUnit();
}
