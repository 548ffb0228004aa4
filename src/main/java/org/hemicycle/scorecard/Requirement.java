package org.hemicycle.scorecard;

/**
 * The requirements of OGP's Participation and Co-Creation Standards that the platform's records can show, in the
 * standards' order: a forum (1), a repository (2), information before a consultation (3), a reasoned response to every
 * input (4), and meetings during implementation (5).
 */
public enum Requirement {
    FORUM_EXISTS,
    FORUM_RULES_PUBLIC,
    FORUM_MEETS_EVERY_SIX_MONTHS,
    REPOSITORY_UP_TO_DATE,
    TIMELINE_TWO_WEEKS_AHEAD,
    EVERY_INPUT_ANSWERED,
    MEETINGS_DURING_IMPLEMENTATION
}
