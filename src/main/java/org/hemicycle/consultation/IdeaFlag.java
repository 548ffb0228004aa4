package org.hemicycle.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Someone's flag on an idea: what is wrong with it, and a few words if they wish. */
public record IdeaFlag(@NotNull @Nullable FlagReason reason, @Size(max = 500) @Nullable String note) {

    public static final IdeaFlag EMPTY = new IdeaFlag(null, null);
}
