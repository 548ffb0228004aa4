package org.hemicycle.account;

import org.hemicycle.account.internal.LoginAttemptLimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import org.hemicycle.HemicycleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in counters hold what clients send, so they are bounded whatever clients send. */
@HemicycleTest
class LoginAttemptLimiterTests {

    @Autowired MockMvc mvc;
    @Autowired LoginAttemptLimiter installedLimiter;

    @Test
    void theCountersStayWithinTheirByteBoundWhateverEmailsAreSent() {
        long bound = 200_000;
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(5, 50, Duration.ofMinutes(10), bound);
        String padding = "x".repeat(200);
        for (int i = 0; i < 20_000; i++) {
            limiter.recordFailure("203.0.113." + (i % 250), padding + i + "@example.org");
        }
        assertThat(limiter.trackedBytes()).isPositive().isLessThanOrEqualTo(bound);
        assertThat(limiter.trackedEntries()).isLessThan(20_000);
    }

    @Test
    void checkingWhetherSomeoneIsBlockedStoresNothing() {
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(5, 50, Duration.ofMinutes(10), 1_000_000);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.isBlocked("198.51.100.7", "someone" + i + "@example.org")).isFalse();
        }
        assertThat(limiter.trackedEntries()).isZero();
    }

    @Test
    void anEmailLongerThanAnyAddressIsRefusedWithoutBecomingAKey() throws Exception {
        String huge = "a".repeat(1_000_000) + "@example.org";
        long before = installedLimiter.trackedBytes();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user(huge + i).password("whatever it is"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // At most the sending address's own counter was added: a few hundred bytes, never megabytes.
        assertThat(installedLimiter.trackedBytes() - before).isLessThan(1_000);
    }
}
