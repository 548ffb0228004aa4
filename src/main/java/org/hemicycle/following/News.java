package org.hemicycle.following;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One piece of news about what someone follows: what happened, to what (its title), when, and where to read it; a news
 * post also brings the start of its text.
 */
public record News(Kind kind, String title, Instant at, String path, @Nullable String summary) {

    public enum Kind { PLAN_PUBLISHED, STEP_REACHED, MEETING, MEETING_DOCUMENT, CONSULTATION_OPENED, CONTRIBUTION, ANSWER, NEWS_POST }

    public News(Kind kind, String title, Instant at, String path) {
        this(kind, title, at, path, null);
    }
}
