package org.hemicycle.account;

import org.hemicycle.account.internal.LoginAttemptLimiter;
import org.hemicycle.site.RateLimited;
import org.springframework.beans.factory.annotation.Value;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How often one person may contribute (an idea, a support) within the limiter's window, counted in the database so
 * that every node counts the same, and kept in no memory: beyond it, a 429 page says when to try again.
 */
@Component
public class ParticipationLimits {

    private final LoginAttemptLimiter limiter;
    private final int perWindow;
    private final int perAddress;

    ParticipationLimits(LoginAttemptLimiter limiter, @Value("${hemicycle.participation.per-window:30}") int perWindow,
                        @Value("${hemicycle.participation.per-address-per-window:600}") int perAddress) {
        this.limiter = limiter;
        this.perWindow = perWindow;
        this.perAddress = perAddress;
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

    /**
     * The same, for an action asked more often than a contribution is made. It is counted per client address too, in
     * the same statement: accounts are free to make, so one machine making many would otherwise have many limits. The
     * address's limit is many people's (a library, a workshop behind one router), in the same proportion to the action.
     */
    public void count(Actor actor, String action, int limit) {
        if (!(actor instanceof HemicycleUser user)) {
            return; // Refused by the action's own permission table.
        }
        String person = "take-part|" + action + "|" + user.id();
        String address = clientAddress();
        long addressLimit = perWindow <= 0 ? perAddress : (long) perAddress * limit / perWindow;
        boolean within = address == null ? limiter.countWithin(person, limit)
                : limiter.countWithin(person, limit, "take-part-from|" + action + "|" + address,
                        (int) Math.min(Integer.MAX_VALUE, addressLimit));
        if (!within) {
            throw new RateLimited(limiter.minutesUntilRetry());
        }
    }

    /**
     * The address of the request being served, if the action comes from one (not from the demo's loading). An IPv6
     * client is counted by its /64, the network its provider gives one home: it can take any address in it.
     */
    static @Nullable String clientAddress() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return null;
        }
        String address = request.getRequest().getRemoteAddr();
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            // A literal, as the container gives it: parsed, never looked up.
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (java.net.UnknownHostException notALiteral) {
            return address;
        }
    }
}
