package org.hemicycle.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt with 429 once too many have failed, before the password is even checked. */
public class LoginRateLimitFilter extends OncePerRequestFilter {

    private final LoginAttemptLimiter limiter;

    public LoginRateLimitFilter(LoginAttemptLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("email");
        if (!LoginAttemptLimiter.isPlausibleEmail(email)) {
            // No account has such an address: refuse it as a failed sign-in without looking it up.
            limiter.recordFailure(request.getRemoteAddr(), email);
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        if (limiter.isBlocked(request.getRemoteAddr(), email)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(limiter.minutesUntilRetry() * 60));
            request.getRequestDispatcher("/login/locked").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
