package org.hemicycle.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** A Consultation as other modules read it; only this module changes it. */
public interface Consultation {

    Long getId();
    Long getPlanId();
    String getTitle();
    @Nullable String getDescription();
    @Nullable String getTimeline();
    Instant getOpensAt();
    Instant getClosesAt();
    String getTimeZone();
    Instant getCreatedAt();
    /** When its timeline (with the ways to take part) was first published; none while it has none. */
    @Nullable Instant getTimelinePublishedAt();
    ConsultationDetails details();

    default ConsultationState stateAt(Instant now) {
        if (now.isBefore(getOpensAt())) {
            return ConsultationState.UPCOMING;
        }
        return now.isBefore(getClosesAt()) ? ConsultationState.OPEN : ConsultationState.CLOSED;
    }

    default ZonedDateTime opens() {
        return getOpensAt().atZone(ZoneId.of(getTimeZone()));
    }

    default ZonedDateTime closes() {
        return getClosesAt().atZone(ZoneId.of(getTimeZone()));
    }
}
