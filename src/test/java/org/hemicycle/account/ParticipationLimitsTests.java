package org.hemicycle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.internal.LoginAttemptLimiter;
import org.hemicycle.site.RateLimited;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Contributions are limited per person and per client address, both counted in the database: a machine making many
 * accounts gets no more than the address's share, and parallel requests never pass beyond either limit.
 */
@HemicycleTest
class ParticipationLimitsTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Fixtures fixtures;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void eachPersonAndEachAddressHasItsOwnLimit() {
        ParticipationLimits limits = new ParticipationLimits(limiter(), 3, 5);
        HemicycleUser first = fixtures.user(fixtures.parliament(null));
        HemicycleUser second = fixtures.user(fixtures.parliament(null));
        String address = address();
        from(address);

        for (int i = 0; i < 3; i++) {
            limits.count(first, "support");
        }
        // Refused, the first person's attempts use up nothing of what the others at the address have.
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> limits.count(first, "support")).isInstanceOf(RateLimited.class);
        }
        // The address has counted three; a second account on the same machine gets what is left of its five.
        limits.count(second, "support");
        limits.count(second, "support");
        assertThatThrownBy(() -> limits.count(second, "support")).isInstanceOf(RateLimited.class);
        // Another action is counted apart, and so is another address.
        limits.count(second, "idea");
        from(address());
        limits.count(fixtures.user(fixtures.parliament(null)), "support");
    }

    @Test
    void manyAccountsOfOneAddressAtOnceGetNoMoreThanItsLimit() throws Exception {
        ParticipationLimits limits = new ParticipationLimits(limiter(), 30, 5);
        String address = address();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HemicycleUser someone = fixtures.user(fixtures.parliament(null));
            attempts.add(() -> {
                from(address);
                try {
                    limits.count(someone, "support");
                    return true;
                } catch (RateLimited refused) {
                    return false;
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                }
            });
        }

        long passed = AtOnce.run(attempts).stream().filter(Boolean::booleanValue).count();

        // Counted first and checked after: parallel attempts can be refused early, never let through beyond.
        assertThat(passed).isBetween(1L, 5L);
        assertThat(jdbc.queryForObject("select failures from sign_in_failure where subject = ?", Integer.class,
                "take-part-from|support|" + address)).isEqualTo(8);
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        from("2001:db8:1:2::1");
        String one = ParticipationLimits.clientAddress();
        from("2001:0db8:0001:0002:ffff:ffff:ffff:fffe");
        String sameNetwork = ParticipationLimits.clientAddress();
        from("2001:db8:1:3::1");

        assertThat(one).isEqualTo(sameNetwork).isEqualTo("20010db800010002::/64");
        assertThat(ParticipationLimits.clientAddress()).isNotEqualTo(one);
        from("203.0.113.7");
        assertThat(ParticipationLimits.clientAddress()).isEqualTo("203.0.113.7");
    }

    private LoginAttemptLimiter limiter() {
        return new LoginAttemptLimiter(jdbc, transactions, 5, 50, Duration.ofMinutes(10));
    }

    private static String address() {
        return "198.51.100." + (int) (Math.random() * 250) + "-" + System.nanoTime();
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
