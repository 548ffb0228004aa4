package org.hemicycle.account.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.hemicycle.account.HemicycleUser;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttemptLimiter limiter, SecurityVersions versions)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // The outbox holds personal addresses and the links sent to them: platform admins only.
                        .requestMatchers("/admin/outbox", "/admin/outbox/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasAnyRole("ADMIN", "COORDINATOR")
                        .requestMatchers("/manage/**", "/account/**").authenticated()
                        .anyRequest().permitAll())
                // RFC 8058: a mail client's one-click "unsubscribe" posts to the link itself, which carries its secret.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/follow/unsubscribe"))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(successHandler())
                        .failureHandler(failureHandler(limiter)))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/?signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID", "SESSION"))
                .headers(headers -> headers
                        // Pages that say nothing of their own caching are personal: kept by no one (public pages
                        // and assets say how they may be kept).
                        .cacheControl(defaults -> defaults.disable())
                        .addHeaderWriter((request, response) -> {
                            if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)
                                    && response.getStatus() != HttpServletResponse.SC_NOT_MODIFIED) {
                                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(new LoginRateLimitFilter(limiter), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SecurityVersionFilter(versions), SecurityContextHolderFilter.class);
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler(LoginAttemptLimiter limiter) {
        return (request, response, exception) -> {
            if (exception instanceof DisabledException) {
                // The password was right (checked first, below): the address is still to be confirmed.
                response.sendRedirect(request.getContextPath() + "/login?unconfirmed");
                return;
            }
            limiter.recordFailure(request.getRemoteAddr(), request.getParameter("email"));
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    /**
     * Back to the page that asked for sign-in; else the plan teams' workspace for people who hold a role, and their
     * own account for everyone else (citizens, who have no workspace).
     */
    private static AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler toWorkspace = new SavedRequestAwareAuthenticationSuccessHandler();
        toWorkspace.setDefaultTargetUrl("/manage");
        SavedRequestAwareAuthenticationSuccessHandler toAccount = new SavedRequestAwareAuthenticationSuccessHandler();
        toAccount.setDefaultTargetUrl("/account");
        return (request, response, authentication) -> {
            boolean holdsARole = authentication.getPrincipal() instanceof HemicycleUser user && user.holdsAnyRole();
            (holdsARole ? toWorkspace : toAccount).onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * The password is checked before the account's state, so that "this address is not confirmed yet" is said only
     * to someone who knows the password, and never tells a stranger which addresses have an account.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /**
     * Nothing reads Spring Security's per-filter observations (only health is exposed), and wrapping each of the
     * chain's filters in one cost a tenth of a signed-in page's CPU in the performance issue's profile.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
