package org.hemicycle.scorecard;

import java.time.Instant;

/**
 * One document of a plan's process in its public repository: what it is, its title, when it came out, and where it
 * is read; {@code external} when that is outside Hemicycle (a meeting's document, published where its team chose).
 */
public record RepositoryEntry(Kind kind, String title, Instant date, String address, boolean external) {

    public enum Kind { PLAN, STEP, MEETING_RECORD, MEETING_DOCUMENT, CONSULTATION, CONSULTATION_ANSWERS }
}
