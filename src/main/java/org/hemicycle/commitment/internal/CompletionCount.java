package org.hemicycle.commitment.internal;

import org.hemicycle.plan.Completion;

/** How many of a plan's commitments are at a completion level. */
public record CompletionCount(Long planId, Completion completion, long commitments) {
}
