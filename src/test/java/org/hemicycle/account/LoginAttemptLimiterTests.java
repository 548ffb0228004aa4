package org.hemicycle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.internal.LoginAttemptLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sign-in counters are kept in the database, shared by every node: what clients send is never held in memory,
 * only failures write, an email longer than any address never becomes a subject, and a window's rows go once it ends.
 */
@HemicycleTest
class LoginAttemptLimiterTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void checkingWhetherSomeoneIsBlockedStoresNothing() {
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(jdbc, transactions, 5, 50, Duration.ofMinutes(10));
        long before = rows();
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.isBlocked("198.51.100.7", "someone" + i + "@example.org")).isFalse();
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anEmailLongerThanAnyAddressIsRefusedWithoutBecomingASubject() throws Exception {
        String huge = "a".repeat(1_000_000) + "@example.org";
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user(huge + i).password("whatever it is"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.queryForObject("select max(length(subject)) from sign_in_failure", Integer.class)).isLessThan(400);
    }

    @Test
    void failuresCountedAtOnceAreAllCounted() throws Exception {
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(jdbc, transactions, 20, 1_000, Duration.ofMinutes(10));
        String email = "raced-" + System.nanoTime() + "@example.org";
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            threads.invokeAll(IntStream.range(0, 20).<Callable<Object>>mapToObj(i -> () -> {
                limiter.recordFailure("192.0.2.44", email);
                return null;
            }).toList());
        } finally {
            threads.shutdown();
        }
        assertThat(jdbc.queryForObject("select failures from sign_in_failure where subject = ?", Integer.class,
                "login|192.0.2.44|" + email)).isEqualTo(20);
        assertThat(limiter.isBlocked("192.0.2.44", email)).isTrue();
        assertThat(limiter.isBlocked("192.0.2.45", email)).as("another address, the same email").isFalse();
    }

    @Test
    void aWindowThatPassedCountsNoMoreAndItsRowsGo() throws Exception {
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(jdbc, transactions, 2, 1_000, Duration.ofMillis(300));
        String email = "patient-" + System.nanoTime() + "@example.org";
        limiter.recordFailure("192.0.2.80", email);
        limiter.recordFailure("192.0.2.80", email);
        assertThat(limiter.isBlocked("192.0.2.80", email)).isTrue();
        Thread.sleep(400);
        assertThat(limiter.isBlocked("192.0.2.80", email)).isFalse();
        limiter.recordFailure("192.0.2.81", "someone-else@example.org");   // a failure deletes what passed
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where subject like ?", Integer.class,
                "%" + email)).isZero();
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from sign_in_failure", Long.class);
    }
}
