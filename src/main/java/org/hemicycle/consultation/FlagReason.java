package org.hemicycle.consultation;

/** What someone flagging an idea says is wrong with it. */
public enum FlagReason {
    SPAM, OFFENSIVE, PERSONAL_DATA, DOES_NOT_BELONG
}
