package org.hemicycle.account.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in the database (Spring Session JDBC) when Hemicycle runs as several nodes ({@code hemicycle.cluster=true}),
 * so that any node answers any request; a single node keeps them in memory, which reads and writes nothing per
 * request. Both ways exist in every build and the setting chooses at start, since the build pre-computes which
 * beans exist (Spring AOT). When an account's roles or password change, its sessions are deleted from the shared
 * store as the change commits, so that every node ends them at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedSessions {

    /** The cookie that carries a shared session (the servlet container's own is JSESSIONID). */
    static final String COOKIE = "SESSION";

    private final boolean clustered;

    SharedSessions(@Value("${hemicycle.cluster:false}") boolean clustered) {
        this.clustered = clustered;
    }

    @Bean
    JdbcIndexedSessionRepository sharedSessionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                                         @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions));
        repository.setDefaultMaxInactiveInterval(timeout);
        return repository;
    }

    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sharedSessionFilter(JdbcIndexedSessionRepository repository) {
        SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(repository);
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setSameSite("Lax");
        cookie.setUseHttpOnlyCookie(true);
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(cookie);
        filter.setHttpSessionIdResolver(resolver);
        FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
        // Before Spring Security's chain, which reads the signed-in person from the session.
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        registration.setEnabled(clustered);
        return registration;
    }

    @Bean
    SessionEnding sessionEnding(JdbcIndexedSessionRepository repository) {
        return clustered ? email -> repository.findByPrincipalName(email).keySet().forEach(repository::deleteById)
                : email -> { };
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository repository) {
        return new ExpiredSessions(clustered, repository);
    }

    /** Deleted every few minutes by any node: deleting them twice deletes nothing the second time. */
    static class ExpiredSessions {

        private final boolean clustered;
        private final JdbcIndexedSessionRepository repository;

        ExpiredSessions(boolean clustered, JdbcIndexedSessionRepository repository) {
            this.clustered = clustered;
            this.repository = repository;
        }

        @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
        void delete() {
            if (clustered) {
                repository.cleanUpExpiredSessions();
            }
        }
    }

    /** Ends every session of an account, on every node. */
    @FunctionalInterface
    interface SessionEnding {
        void endAllOf(String email);
    }
}
