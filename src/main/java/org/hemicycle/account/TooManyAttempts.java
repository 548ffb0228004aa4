package org.hemicycle.account;

/** Refused because too many attempts failed lately; the caller may try again after the given minutes. */
public class TooManyAttempts extends RuntimeException {

    private final long minutesUntilRetry;

    public TooManyAttempts(long minutesUntilRetry) {
        super("Too many failed attempts");
        this.minutesUntilRetry = minutesUntilRetry;
    }

    public long minutesUntilRetry() { return minutesUntilRetry; }
}
