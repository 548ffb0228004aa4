package org.hemicycle.account.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per address and account, and per address alone (password spraying), and
 * failed current-password checks per account, so that guessing a password takes days rather than minutes.
 *
 * <p>Keys come from what clients send, so the counters are bounded in bytes and forget an entry once it
 * has been idle for a whole window, by which time its bucket would be full again anyway. Only failures
 * create an entry, and an email longer than any real address is never used as a key.
 */
@Component
public class LoginAttemptLimiter implements MeterBinder {

    /** RFC 5321's limit on an address; anything longer cannot be an account's email. */
    static final int MAX_EMAIL_LENGTH = 254;
    private static final int BUCKET_BYTES = 200;

    private final Cache<String, Bucket> buckets;
    private final int failuresPerAccount;
    private final int failuresPerAddress;
    private final Duration window;

    public LoginAttemptLimiter(@Value("${hemicycle.login.failures-per-account:5}") int failuresPerAccount,
                        @Value("${hemicycle.login.failures-per-address:50}") int failuresPerAddress,
                        @Value("${hemicycle.login.window:PT10M}") Duration window,
                        @Value("${hemicycle.login.max-tracked-bytes:16777216}") long maxTrackedBytes) {
        this.failuresPerAccount = failuresPerAccount;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
        this.buckets = Caffeine.newBuilder()
                .maximumWeight(maxTrackedBytes)
                .weigher((String key, Bucket bucket) -> key.length() * 2 + BUCKET_BYTES)
                .expireAfterAccess(window)
                .executor(Runnable::run)
                .build();
    }

    public static boolean isPlausibleEmail(@Nullable String email) {
        return email == null || email.length() <= MAX_EMAIL_LENGTH;
    }

    public boolean isBlocked(String address, @Nullable String email) {
        return exhausted(accountKey(address, email)) || exhausted(addressKey(address));
    }

    public void recordFailure(String address, @Nullable String email) {
        if (isPlausibleEmail(email)) {
            bucket(accountKey(address, email), failuresPerAccount).tryConsume(1);
        }
        bucket(addressKey(address), failuresPerAddress).tryConsume(1);
    }

    /** Checking one's current password before changing it is a password guess too. */
    public boolean isPasswordCheckBlocked(Long accountId) {
        return exhausted(passwordCheckKey(accountId));
    }

    public void recordPasswordCheckFailure(Long accountId) {
        bucket(passwordCheckKey(accountId), failuresPerAccount).tryConsume(1);
    }

    public long minutesUntilRetry() {
        return Math.max(1, window.toMinutes());
    }

    /** What the limiter holds, for operators: its bound is in bytes. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hemicycle.login.limiter.bytes", this, LoginAttemptLimiter::trackedBytes).baseUnit("bytes")
                .description("Bytes of failed sign-in counters kept").register(registry);
        Gauge.builder("hemicycle.login.limiter.entries", this, LoginAttemptLimiter::trackedEntries)
                .description("Failed sign-in counters kept").register(registry);
    }

    private long trackedEntries() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private long trackedBytes() {
        buckets.cleanUp();
        return buckets.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
    }

    private boolean exhausted(String key) {
        Bucket bucket = key == null ? null : buckets.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }

    private static @Nullable String accountKey(String address, @Nullable String email) {
        if (!isPlausibleEmail(email)) {
            return null;
        }
        return "login|" + address + "|" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "login|" + address + "|*";
    }

    private static String passwordCheckKey(Long accountId) {
        return "password|" + accountId;
    }
}
