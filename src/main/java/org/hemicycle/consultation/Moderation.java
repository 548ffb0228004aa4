package org.hemicycle.consultation;

/**
 * Whether an idea is listed: as written, hidden by a moderator with a public reason, or hidden because several people
 * flagged it, until a moderator reviews it.
 */
public enum Moderation {
    VISIBLE, HIDDEN, PENDING_REVIEW;

    /** The states that hide an idea. */
    public static final java.util.Set<Moderation> HIDING = java.util.EnumSet.of(HIDDEN, PENDING_REVIEW);

    public boolean hides() {
        return this != VISIBLE;
    }
}
