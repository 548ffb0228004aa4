package org.hemicycle.commitment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An activity as other modules read it; only this module changes it. */
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
    /** The percentage of its latest progress update. */
    int getProgressPercent();
    /** Its weight in its commitment's progress, 1 unless said otherwise. */
    int getWeight();
}
