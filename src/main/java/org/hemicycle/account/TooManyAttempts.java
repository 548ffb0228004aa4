package org.hemicycle.account;

import org.hemicycle.site.RateLimited;

/** Refused because too many attempts failed lately; the caller may try again after the given minutes. */
public class TooManyAttempts extends RateLimited {

    public TooManyAttempts(long minutesUntilRetry) {
        super(minutesUntilRetry);
    }
}
