package org.hemicycle.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hemicycle.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to anonymous visitors from memory, the way a front proxy's micro-cache would:
 * rendering the plan page costs milliseconds, reading a stored copy microseconds. Any committed
 * read-write transaction empties the cache on this node, and entries expire after a few seconds so
 * that other nodes of a cluster show a change soon too. Signed-in people always get a fresh page.
 *
 * <p>Nothing a client sends can grow it: requests with a query string or an unusual path are never
 * stored (no public page reads a query parameter), and the copies are bounded in bytes and age.
 */
@Component
class PublicPageCache extends OncePerRequestFilter implements TransactionExecutionListener {

    private record CachedPage(byte[] body, String contentType, long version, long storedAt) {
    }

    private static final int MAX_PAGE_BYTES = 512 * 1024;
    private static final int MAX_KEY_PATH_LENGTH = 300;
    /** How long past its lifetime a copy may still be served while one request renders its successor. */
    private static final int STALE_LIFETIMES = 12;

    private final LocaleResolver localeResolver;
    private final boolean enabled;
    private final long ttlMillis;
    private final AtomicLong contentVersion = new AtomicLong();
    private final Map<String, Boolean> refreshing = new ConcurrentHashMap<>();
    private final Cache<String, CachedPage> pages;

    PublicPageCache(LocaleResolver localeResolver, @Value("${hemicycle.page-cache.enabled:true}") boolean enabled,
                    @Value("${hemicycle.page-cache.ttl:PT5S}") Duration ttl,
                    @Value("${hemicycle.page-cache.max-bytes:33554432}") long maxBytes) {
        this.localeResolver = localeResolver;
        this.enabled = enabled;
        this.ttlMillis = ttl.toMillis();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> key.length() * 2 + page.body().length + 64)
                .expireAfterWrite(ttl.multipliedBy(STALE_LIFETIMES))
                .executor(Runnable::run)
                .build();
    }

    /** Bytes held now, keys and bodies, for the tests that prove the bound. */
    long storedBytes() {
        pages.cleanUp();
        return pages.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
    }

    long storedPages() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()) {
            contentVersion.incrementAndGet();
            pages.invalidateAll();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !enabled || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || path.length() > MAX_KEY_PATH_LENGTH || path.indexOf(';') >= 0
                || !(path.equals("/") || path.startsWith("/parliaments") || path.startsWith("/api/v1/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        CachedPage cached = pages.getIfPresent(key);
        long now = System.currentTimeMillis();
        boolean current = cached != null && cached.version() == contentVersion.get();
        // An expired but unchanged copy is refreshed by one request while the others still get it,
        // so that expiry under load does not make every connection render the page at once.
        if (current && (now - cached.storedAt() < ttlMillis || refreshing.putIfAbsent(key, Boolean.TRUE) != null)) {
            response.setContentType(cached.contentType());
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        try {
            render(key, request, response, chain, now);
        } finally {
            if (current) {
                refreshing.remove(key);
            }
        }
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                        long now) throws ServletException, IOException {
        long versionBefore = contentVersion.get();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        byte[] body = recorder.getContentAsByteArray();
        if (recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
                && body.length <= MAX_PAGE_BYTES && recorder.getHeader("Set-Cookie") == null) {
            pages.put(key, new CachedPage(body, recorder.getContentType(), versionBefore, now));
        }
        recorder.copyBodyToResponse();
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /**
     * The page in the visitor's language, as the locale resolver (cookie, then Accept-Language) decides it:
     * one of the site's few languages, never the raw header.
     */
    private String key(HttpServletRequest request) {
        Locale locale = SiteLanguages.supportedOrDefault(localeResolver.resolveLocale(request));
        return locale.getLanguage() + " " + request.getRequestURI();
    }
}
