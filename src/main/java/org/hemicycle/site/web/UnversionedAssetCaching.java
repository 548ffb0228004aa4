package org.hemicycle.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only an asset address that carries its content's hash may be kept for a year: the same file asked for
 * under its plain name (an old bookmark, a hand-written link) is kept for an hour, so a new release shows.
 */
@Component
class UnversionedAssetCaching extends OncePerRequestFilter {

    static final String PLAIN_CACHE_CONTROL = "max-age=3600, public";
    private static final Pattern HASHED_NAME = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/assets/") || path.startsWith("/webjars/")) || HASHED_NAME.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? PLAIN_CACHE_CONTROL : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? PLAIN_CACHE_CONTROL : value);
            }
        });
    }
}
