package org.hemicycle.site;

/**
 * Refused because the same person or connection did the same thing too often lately; answered with 429 and a page
 * that says when to try again (and a {@code Retry-After} header).
 */
public class RateLimited extends RuntimeException {

    private final long minutesUntilRetry;

    public RateLimited(long minutesUntilRetry) {
        super("Too many attempts");
        this.minutesUntilRetry = Math.max(1, minutesUntilRetry);
    }

    public long minutesUntilRetry() {
        return minutesUntilRetry;
    }
}
