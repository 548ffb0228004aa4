package org.hemicycle.consultation;

/** An input to a consultation: an idea, or a comment on one (or a reply to such a comment). */
public enum InputKind {
    IDEA, COMMENT
}
