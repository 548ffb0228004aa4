package org.hemicycle.consultation;

import java.util.List;

/** A comment on an idea and the replies to it, the oldest first. */
public record CommentThread(IdeaView comment, List<IdeaView> replies) {
}
