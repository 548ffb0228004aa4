package org.hemicycle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.internal.LoginAttemptLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in counters hold what clients send, so they are bounded whatever clients send. */
@HemicycleTest
class LoginAttemptLimiterTests {

    @Autowired MockMvc mvc;
    @Autowired MeterRegistry installedMetrics;

    @Test
    void theCountersStayWithinTheirByteBoundWhateverEmailsAreSent() {
        long bound = 200_000;
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(5, 50, Duration.ofMinutes(10), bound);
        MeterRegistry metrics = metricsOf(limiter);
        String padding = "x".repeat(200);
        for (int i = 0; i < 20_000; i++) {
            limiter.recordFailure("203.0.113." + (i % 250), padding + i + "@example.org");
        }
        assertThat(gauge(metrics, "hemicycle.login.limiter.bytes")).isPositive().isLessThanOrEqualTo(bound);
        assertThat(gauge(metrics, "hemicycle.login.limiter.entries")).isLessThan(20_000);
    }

    @Test
    void checkingWhetherSomeoneIsBlockedStoresNothing() {
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(5, 50, Duration.ofMinutes(10), 1_000_000);
        MeterRegistry metrics = metricsOf(limiter);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.isBlocked("198.51.100.7", "someone" + i + "@example.org")).isFalse();
        }
        assertThat(gauge(metrics, "hemicycle.login.limiter.entries")).isZero();
    }

    @Test
    void anEmailLongerThanAnyAddressIsRefusedWithoutBecomingAKey() throws Exception {
        String huge = "a".repeat(1_000_000) + "@example.org";
        double before = gauge(installedMetrics, "hemicycle.login.limiter.bytes");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user(huge + i).password("whatever it is"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // At most the sending address's own counter was added: a few hundred bytes, never megabytes.
        assertThat(gauge(installedMetrics, "hemicycle.login.limiter.bytes") - before).isLessThan(1_000);
    }

    private static MeterRegistry metricsOf(LoginAttemptLimiter limiter) {
        MeterRegistry metrics = new SimpleMeterRegistry();
        limiter.bindTo(metrics);
        return metrics;
    }

    /** What operators see of the limiter, read the way a metrics scrape reads it. */
    private static double gauge(MeterRegistry metrics, String name) {
        return metrics.get(name).gauge().value();
    }
}
