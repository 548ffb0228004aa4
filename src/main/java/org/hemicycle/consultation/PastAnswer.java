package org.hemicycle.consultation;

import java.time.Instant;

/** An answer given to an idea and later replaced: kept, so that a changed answer stays on the public record. */
public record PastAnswer(AnswerKind kind, String text, Instant answeredAt) {
}
