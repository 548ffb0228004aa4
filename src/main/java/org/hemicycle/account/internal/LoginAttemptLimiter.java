package org.hemicycle.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per address and account, and per address alone (password spraying), and
 * failed current-password checks per account, so that guessing a password takes days rather than minutes.
 *
 * <p>The counts are kept in the database ({@code sign_in_failure}), so that every node of a cluster counts the same
 * failures, and so that nothing a client sends is held in memory. A count covers one window: the first failure
 * opens it, and once it has passed the next failure starts a new count. Only failures write a row, an email longer
 * than any real address is never used as a subject, and rows whose window has passed are deleted as failures come.
 * Each failure is recorded in a transaction of its own: the refusal it causes rolls back the caller's, not the count.
 */
@Component
public class LoginAttemptLimiter {

    /** RFC 5321's limit on an address; anything longer cannot be an account's email. */
    static final int MAX_EMAIL_LENGTH = 254;
    /** Rows of passed windows are deleted at most this often (or once a window, if shorter). */
    private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock = Clock.systemUTC();
    private final int failuresPerAccount;
    private final int failuresPerAddress;
    private final Duration window;
    private final AtomicLong lastCleanUp = new AtomicLong();

    public LoginAttemptLimiter(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                        @Value("${hemicycle.login.failures-per-account:5}") int failuresPerAccount,
                        @Value("${hemicycle.login.failures-per-address:50}") int failuresPerAddress,
                        @Value("${hemicycle.login.window:PT10M}") Duration window) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.failuresPerAccount = failuresPerAccount;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
    }

    private volatile @Nullable Boolean postgres;

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equalsIgnoreCase(product);
            postgres = known;
        }
        return known;
    }

    public static boolean isPlausibleEmail(@Nullable String email) {
        return email == null || email.length() <= MAX_EMAIL_LENGTH;
    }

    public boolean isBlocked(String address, @Nullable String email) {
        String account = accountSubject(address, email);
        return (account != null && failures(account) >= failuresPerAccount) || failures(addressSubject(address)) >= failuresPerAddress;
    }

    public void recordFailure(String address, @Nullable String email) {
        String account = accountSubject(address, email);
        if (account != null) {
            record(account);
        }
        record(addressSubject(address));
    }

    /** Checking one's current password before changing it is a password guess too. */
    public boolean isPasswordCheckBlocked(Long accountId) {
        return failures(passwordCheckSubject(accountId)) >= failuresPerAccount;
    }

    public void recordPasswordCheckFailure(Long accountId) {
        record(passwordCheckSubject(accountId));
    }

    /**
     * Counts one more of an action limited per window (sign-ups from an address, links asked for an address) and
     * says whether it stays within {@code limit}. Counted first and checked after, so that parallel requests can
     * only be refused too early, never let through beyond the limit.
     */
    public boolean countWithin(String subject, int limit) {
        if (isPostgres()) {
            return countOnPostgres(subject) <= limit;
        }
        record(subject);
        return failures(subject) <= limit;
    }

    /**
     * Counts one more under a person's subject and, only if that stays within its limit, under their address's too:
     * one account refused does not use up what the others at its address have. Says whether both stay within.
     */
    public boolean countWithin(String subject, int limit, String addressSubject, int addressLimit) {
        if (!isPostgres()) {
            return countWithin(subject, limit) && countWithin(addressSubject, addressLimit);
        }
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp openSince = windowOpenSince();
        // One statement, the person's row locked before the address's, as every such statement does: none waits on
        // another's rows in a cycle.
        Map<String, Object> counts = ownTransaction.execute(status -> jdbc.queryForMap(COUNT_BOTH_ON_POSTGRES,
                subject, now, openSince, openSince, addressSubject, now, limit, openSince, openSince));
        cleanUpNowAndThen(openSince);
        Number person = counts == null ? null : (Number) counts.get("person");
        Number address = counts == null ? null : (Number) counts.get("address");
        return person != null && person.intValue() <= limit && address != null && address.intValue() <= addressLimit;
    }

    private static final String UPSERT_SET = """
            on conflict (subject) do update set
                failures = case when sign_in_failure.window_started > ? then sign_in_failure.failures + 1 else 1 end,
                window_started = case when sign_in_failure.window_started > ? then sign_in_failure.window_started
                                      else excluded.window_started end
            returning failures""";

    private static final String COUNT_BOTH_ON_POSTGRES = """
            with person as (
                insert into sign_in_failure (subject, failures, window_started)
                select ?, 1, ? from (select set_config('synchronous_commit', 'off', true)) as asynchronous_commit
                """ + UPSERT_SET + """
            ), address as (
                insert into sign_in_failure (subject, failures, window_started)
                select ?, 1, ? from person where person.failures <= ?
                """ + UPSERT_SET + """
            )
            select (select failures from person) as person, (select failures from address) as address""";

    /**
     * One statement on PostgreSQL, the busiest path (every support, idea and comment counts first): it inserts or
     * increments and answers the new count, and sets its own commit not to wait for the disk (set_config is local to
     * the transaction), where H2 takes an update, maybe an insert, and a read.
     */
    private int countOnPostgres(String subject) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp openSince = windowOpenSince();
        Integer count = ownTransaction.execute(status -> jdbc.queryForObject(COUNT_ON_POSTGRES, Integer.class,
                subject, now, openSince, openSince));
        cleanUpNowAndThen(openSince);
        return count == null ? 1 : count;
    }

    private static final String COUNT_ON_POSTGRES = """
            insert into sign_in_failure (subject, failures, window_started)
            select ?, 1, ? from (select set_config('synchronous_commit', 'off', true)) as asynchronous_commit
            on conflict (subject) do update set
                failures = case when sign_in_failure.window_started > ? then sign_in_failure.failures + 1 else 1 end,
                window_started = case when sign_in_failure.window_started > ? then sign_in_failure.window_started
                                      else excluded.window_started end
            returning failures""";

    /** Forgets the counts kept under an address, for a person who deletes their account. */
    public void forget(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String literal = address.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        jdbc.update("delete from sign_in_failure where subject like ? escape '\\'", "%|" + literal);
    }

    public long minutesUntilRetry() {
        return Math.max(1, window.toMinutes());
    }

    private int failures(String subject) {
        List<Integer> counts = jdbc.queryForList(
                "select failures from sign_in_failure where subject = ? and window_started > ?", Integer.class,
                subject, windowOpenSince());
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    private void record(String subject) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp openSince = windowOpenSince();
        // A count whose window has passed starts again at one. Two nodes inserting the same subject at once leave one
        // row: the loser's transaction rolls back (PostgreSQL accepts nothing more in it) and it counts on that row.
        String increment = "update sign_in_failure set failures = case when window_started > ? then failures + 1 else 1 end, "
                + "window_started = case when window_started > ? then window_started else ? end where subject = ?";
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (isPostgres()) {
                    // A count lost in a crash costs nothing, so its commit does not wait for the disk: every support
                    // and idea counts first, and would otherwise pay two flushes of the log instead of one.
                    jdbc.execute("set local synchronous_commit = off");
                }
                if (jdbc.update(increment, openSince, openSince, now, subject) == 0) {
                    jdbc.update("insert into sign_in_failure (subject, failures, window_started) values (?, 1, ?)", subject, now);
                }
            });
        } catch (DataIntegrityViolationException raced) {
            ownTransaction.executeWithoutResult(status -> jdbc.update(increment, openSince, openSince, now, subject));
        }
        cleanUpNowAndThen(openSince);
    }

    private void cleanUpNowAndThen(Timestamp openSince) {
        long last = lastCleanUp.get();
        long now = clock.millis();
        if (now - last >= Math.min(CLEAN_UP_EVERY.toMillis(), window.toMillis()) && lastCleanUp.compareAndSet(last, now)) {
            // On PostgreSQL, rows a count holds are left for the next time: deleting them in the scan's order while a
            // count holds one and waits for another would be a deadlock, one of the two refused.
            ownTransaction.executeWithoutResult(status -> jdbc.update(isPostgres()
                    ? "delete from sign_in_failure where subject in (select subject from sign_in_failure"
                            + " where window_started <= ? for update skip locked)"
                    : "delete from sign_in_failure where window_started <= ?", openSince));
        }
    }

    private Timestamp windowOpenSince() {
        return Timestamp.from(clock.instant().minus(window));
    }

    private static @Nullable String accountSubject(String address, @Nullable String email) {
        if (!isPlausibleEmail(email)) {
            return null;
        }
        return "login|" + address + "|" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressSubject(String address) {
        return "login|" + address + "|*";
    }

    private static String passwordCheckSubject(Long accountId) {
        return "password|" + accountId;
    }
}
