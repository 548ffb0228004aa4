package org.hemicycle.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A CoCreationMeeting as other modules read it; only this module changes it. */
public interface CoCreationMeeting {

    Long getId();
    Long getPlanId();
    String getTitle();
    LocalDate getHeldOn();
    MeetingFormat getFormat();
    @Nullable String getSummary();
}
