package org.hemicycle.scorecard;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One document of a plan's process in its public repository: what it is, its title, when it came out, and where it
 * is read, and the time zone its day is told in (the meeting's, the consultation's); {@code external} when that is outside Hemicycle (a meeting's document, published where its team chose).
 */
public record RepositoryEntry(Kind kind, String title, Instant date, ZoneId zone, String address, boolean external) {

    public enum Kind { PLAN, STEP, MEETING_RECORD, MEETING_DOCUMENT, CONSULTATION, CONSULTATION_ANSWERS, DRAFT, DRAFT_FOR_CONSULTATION,
        ADOPTED_TEXT, AMENDMENT }
}
