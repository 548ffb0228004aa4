package org.hemicycle.review;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A plan's independent review; its per-commitment assessments are kept with the other assessments. */
public record Review(Long id, Long planId, String reviewerName, ReviewState state, @Nullable String recommendations,
                     @Nullable LocalDate commentsCloseOn, @Nullable Instant openedForCommentAt, @Nullable Instant publishedAt,
                     Instant createdAt, int version) {

    public boolean isPublic() {
        return state != ReviewState.DRAFT;
    }

    public boolean takesComments(LocalDate today) {
        return state == ReviewState.PUBLIC_COMMENT && commentsCloseOn != null && !today.isAfter(commentsCloseOn);
    }
}
