package org.hemicycle.consultation;

/**
 * An input to a consultation: an idea, a comment on one (or a reply to such a comment), or a comment on a part of a
 * draft commitment.
 */
public enum InputKind {
    IDEA, COMMENT, ON_DRAFT
}
