package org.hemicycle.consultation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A moderation decision on an idea, as its page lists it: the reason is public when it was hidden. */
public record PastDecision(ModerationDecision decision, @Nullable String reason, Instant decidedAt) {
}
