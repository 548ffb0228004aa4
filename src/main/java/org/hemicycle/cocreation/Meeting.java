package org.hemicycle.cocreation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hemicycle.plan.MeetingFormat;
import org.jspecify.annotations.Nullable;

/** A Meeting as other modules read it; only this module changes it. */
public interface Meeting {

    Long getId();
    Long getPlanId();
    String getTitle();
    MeetingPurpose getPurpose();
    MeetingFormat getFormat();
    Instant getStartsAt();
    Instant getEndsAt();
    String getTimeZone();
    @Nullable String getPlace();
    @Nullable String getOnlineLink();
    @Nullable String getAgenda();
    boolean isRegistration();
    @Nullable Integer getCapacity();
    @Nullable Integer getAttendance();
    @Nullable String getMinutes();
    @Nullable String getDecisions();
    Instant getUpdatedAt();
    MeetingDetails details();

    default ZonedDateTime start() {
        return getStartsAt().atZone(ZoneId.of(getTimeZone()));
    }

    default ZonedDateTime end() {
        return getEndsAt().atZone(ZoneId.of(getTimeZone()));
    }

    default boolean hasStarted(Instant now) {
        return !now.isBefore(getStartsAt());
    }

    /** Minutes or decisions published: what the meeting decided is on the record. */
    default boolean hasRecord() {
        return (getMinutes() != null && !getMinutes().isBlank()) || (getDecisions() != null && !getDecisions().isBlank());
    }
}
