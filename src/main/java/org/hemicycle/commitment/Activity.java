package org.hemicycle.commitment;

import java.time.LocalDate;

/** A Activity as other modules read it; only this module changes it. */
public interface Activity {

    NewActivity text();
    Long getId();
    Long getCommitmentId();
    int getPosition();
    String getDescription();
    String getDeliverable();
    LocalDate getStartDate();
    LocalDate getEndDate();
    boolean isCompleted();
}
