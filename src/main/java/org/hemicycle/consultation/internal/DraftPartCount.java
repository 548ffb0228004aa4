package org.hemicycle.consultation.internal;

import org.hemicycle.commitment.CommitmentPart;
import org.jspecify.annotations.Nullable;

/** How many comments one part of a draft commitment has. */
public record DraftPartCount(CommitmentPart part, @Nullable Long itemId, long comments) {
}
