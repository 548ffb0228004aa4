package org.hemicycle.commitment;


/** A Indicator as other modules read it; only this module changes it. */
public interface Indicator {

    NewIndicator text();
    Long getId();
    Long getCommitmentId();
    int getPosition();
    String getName();
    String getBaseline();
    String getTarget();
    String getUnit();
}
