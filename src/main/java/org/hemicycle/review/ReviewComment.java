package org.hemicycle.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a review open for comment, and the reviewer's answer to it. */
public record ReviewComment(Long id, String authorName, String body, Instant createdAt, @Nullable String answer,
                            @Nullable Instant answeredAt) {

    public boolean isAnswered() {
        return answer != null;
    }
}
