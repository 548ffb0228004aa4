package org.hemicycle.consultation;

/**
 * A moderator's decision on ideas: hidden with a public reason, kept as they are (the flags reviewed), or shown again
 * after being hidden. {@code AUTO_HIDDEN} is the platform's, when flags reach the threshold.
 */
public enum ModerationDecision {
    HIDE, KEEP, AUTO_HIDDEN
}
