package org.hemicycle.commitment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A Activity as other modules read it; only this module changes it. */
public interface Activity {

    NewActivity text();
    Long getId();
    Long getCommitmentId();
    int getPosition();
    String getDescription();
    @Nullable String getDeliverable();
    LocalDate getStartDate();
    LocalDate getEndDate();
    boolean isCompleted();
}
