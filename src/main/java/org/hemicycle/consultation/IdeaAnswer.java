package org.hemicycle.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The parliament's answer to one idea, as its form sends it: always a reason, and what the idea became when it
 * became something (the commitment it was accepted into, and the activity of it if one, the idea it was merged into).
 */
public record IdeaAnswer(@Nullable @NotNull AnswerKind kind, @Nullable @NotBlank @Size(max = 4000) String text,
                         @Nullable Long commitmentId, @Nullable Long mergedInto, @Nullable Long activityId) {

    public static final IdeaAnswer NONE = new IdeaAnswer(null, null, null, null, null);

    /** Accepted into a commitment as a whole, or any other answer. */
    public IdeaAnswer(@Nullable AnswerKind kind, @Nullable String text, @Nullable Long commitmentId, @Nullable Long mergedInto) {
        this(kind, text, commitmentId, mergedInto, null);
    }
}
