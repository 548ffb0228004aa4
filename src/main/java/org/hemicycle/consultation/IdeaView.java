package org.hemicycle.consultation;

import org.jspecify.annotations.Nullable;

/** An idea with its author's public name; none when the author deleted their account. */
public record IdeaView(Idea idea, @Nullable String author, boolean supportedByReader) {
}
