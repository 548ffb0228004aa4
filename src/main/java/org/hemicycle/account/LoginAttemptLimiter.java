package org.hemicycle.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per address and account, and per address alone (password spraying),
 * so that guessing a password takes days rather than minutes.
 */
@Component
class LoginAttemptLimiter {

    private static final int MAX_TRACKED_KEYS = 50_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED_KEYS;
        }
    });

    private final int failuresPerAccount;
    private final int failuresPerAddress;
    private final Duration window;

    LoginAttemptLimiter(@Value("${hemicycle.login.failures-per-account:5}") int failuresPerAccount,
                        @Value("${hemicycle.login.failures-per-address:50}") int failuresPerAddress,
                        @Value("${hemicycle.login.window:PT10M}") Duration window) {
        this.failuresPerAccount = failuresPerAccount;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
    }

    boolean isBlocked(String address, String email) {
        return bucket(accountKey(address, email), failuresPerAccount).getAvailableTokens() <= 0
                || bucket(addressKey(address), failuresPerAddress).getAvailableTokens() <= 0;
    }

    void recordFailure(String address, String email) {
        bucket(accountKey(address, email), failuresPerAccount).tryConsume(1);
        bucket(addressKey(address), failuresPerAddress).tryConsume(1);
    }

    long minutesUntilRetry() {
        return Math.max(1, window.toMinutes());
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }

    private static String accountKey(String address, String email) {
        return address + "|" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return address + "|*";
    }
}
