package org.hemicycle.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
    /** The draft commitments it is on, in id order; none: the whole draft plan. */
    List<Long> getCommitmentIds();

    /** Whether the consultation is on this commitment: chosen, or the whole plan consulted. */
    default boolean covers(Long commitmentId) {
        List<Long> chosen = getCommitmentIds();
        return chosen.isEmpty() || chosen.contains(commitmentId);
    }

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
