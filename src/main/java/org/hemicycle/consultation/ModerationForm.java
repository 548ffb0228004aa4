package org.hemicycle.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A moderator's decision on the ideas ticked in the queue. Each is sent as {@code id:version}, the version of its
 * moderation as the queue showed it: an idea another moderator decided on meanwhile is left as they decided.
 */
public record ModerationForm(@Nullable List<String> ideas, @NotNull @Nullable ModerationDecision decision,
                             @Size(max = 1000) @Nullable String reason) {

    public static final ModerationForm EMPTY = new ModerationForm(List.of(), null, null);
}
