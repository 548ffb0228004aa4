package org.hemicycle.account;

import org.hemicycle.account.internal.LoginAttemptLimiter;
import org.hemicycle.site.RateLimited;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one person may contribute (an idea, a support) within the limiter's window, counted in the database so
 * that every node counts the same, and kept in no memory: beyond it, a 429 page says when to try again.
 */
@Component
public class ParticipationLimits {

    private final LoginAttemptLimiter limiter;
    private final int perWindow;

    ParticipationLimits(LoginAttemptLimiter limiter, @Value("${hemicycle.participation.per-window:30}") int perWindow) {
        this.limiter = limiter;
        this.perWindow = perWindow;
    }

    /**
     * Counts one more request about {@code subject} (an email address, a client's address) from someone who need not
     * be signed in, such as following a plan; refuses it past {@code limit} in the window.
     */
    public void countRequest(String action, String subject, int limit) {
        if (!limiter.countWithin(action + "|" + subject, limit)) {
            throw new RateLimited(limiter.minutesUntilRetry());
        }
    }

    /** How many contributions of one kind a person makes in a window. */
    public int perWindow() {
        return perWindow;
    }

    /** Counts one more {@code action} by this signed-in person, or refuses it past the limit. */
    public void count(Actor actor, String action) {
        count(actor, action, perWindow);
    }

    /** The same, for an action asked more often than a contribution is made. */
    public void count(Actor actor, String action, int limit) {
        if (!(actor instanceof HemicycleUser user)) {
            return; // Refused by the action's own permission table.
        }
        if (!limiter.countWithin("take-part|" + action + "|" + user.id(), limit)) {
            throw new RateLimited(limiter.minutesUntilRetry());
        }
    }
}
