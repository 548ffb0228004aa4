package org.hemicycle.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A comment on an idea, or a reply to one of its comments ({@code replyTo}). */
public record NewComment(@NotBlank @Size(max = 4000) @Nullable String body, @Nullable Long replyTo) {

    public static final NewComment EMPTY = new NewComment(null, null);
}
