package org.hemicycle.following;

/** How often a follower hears: each piece of news within minutes, or all of a week's in one message. */
public enum Frequency {
    IMMEDIATELY, WEEKLY
}
