package org.hemicycle.following;

import java.time.Instant;

/** One piece of news about what someone follows: what happened, to what (its title), when, and where to read it. */
public record News(Kind kind, String title, Instant at, String path) {

    public enum Kind { PLAN_PUBLISHED, STEP_REACHED, MEETING, MEETING_DOCUMENT, CONSULTATION_OPENED, CONTRIBUTION, ANSWER }
}
