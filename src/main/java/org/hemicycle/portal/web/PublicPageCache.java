package org.hemicycle.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hemicycle.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to anonymous visitors from memory, the way a front proxy's micro-cache would:
 * rendering the plan page costs milliseconds, reading a stored copy microseconds. The modules' events say
 * what changed ({@link ChangedPages}), and only the pages that show it are dropped on this node. Entries expire after a few seconds so
 * that other nodes of a cluster show a change soon too. Signed-in people always get a fresh page.
 *
 * <p>Nothing a client sends can grow it: requests with a query string or an unusual path are never
 * stored (no public page reads a query parameter), and the copies are bounded in bytes and age.
 */
@Component
class PublicPageCache extends OncePerRequestFilter implements MeterBinder {

    private record CachedPage(byte[] body, String contentType, long storedAt) {
    }

    private static final int MAX_PAGE_BYTES = 512 * 1024;
    private static final int MAX_KEY_PATH_LENGTH = 300;
    private static final String API = "/api/v1/";
    /** How long past its lifetime a copy may still be served while one request renders its successor. */
    private static final int STALE_LIFETIMES = 12;

    private final LocaleResolver localeResolver;
    private final boolean enabled;
    private final long ttlMillis;
    /** When pages were last dropped: a page rendered across a drop may show what changed only half, so is not kept. */
    private final AtomicLong lastDropAt = new AtomicLong(System.nanoTime());
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

    /** What the cache holds, for operators: its bound is in bytes, keys and bodies counted. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hemicycle.page.cache.bytes", this, PublicPageCache::storedBytes).baseUnit("bytes")
                .description("Bytes of public pages kept for anonymous visitors").register(registry);
        Gauge.builder("hemicycle.page.cache.pages", this, PublicPageCache::storedPages)
                .description("Public pages kept for anonymous visitors").register(registry);
    }

    private long storedBytes() {
        pages.cleanUp();
        return pages.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
    }

    private long storedPages() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** Drops the pages at these paths and under these prefixes, in every language, on the site and in the API. */
    void drop(Set<String> paths, Set<String> prefixes) {
        lastDropAt.set(System.nanoTime());
        pages.asMap().keySet().removeIf(key -> {
            String path = pathOf(key);
            String page = path.startsWith(API) ? path.substring(API.length() - 1) : path;
            return paths.contains(page) || prefixes.stream().anyMatch(prefix -> page.equals(prefix) || page.startsWith(prefix + "/"));
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !enabled || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || path.length() > MAX_KEY_PATH_LENGTH || path.indexOf(';') >= 0 || path.indexOf('%') >= 0
                || !(path.equals("/") || path.startsWith("/parliaments") || path.startsWith("/api/v1/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        CachedPage cached = pages.getIfPresent(key);
        long now = System.currentTimeMillis();
        boolean current = cached != null;
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
        long renderedFrom = System.nanoTime();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        byte[] body = recorder.getContentAsByteArray();
        if (recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
                && body.length <= MAX_PAGE_BYTES && recorder.getHeader("Set-Cookie") == null) {
            pages.put(key, new CachedPage(body, recorder.getContentType(), now));
            // Checked after storing: a drop that began during the render either sees this copy or is seen here.
            if (lastDropAt.get() - renderedFrom >= 0) {
                pages.invalidate(key);
            }
        }
        recorder.copyBodyToResponse();
    }

    /** Signed-in requests carry their principal; a visitor's carries none. */
    private static boolean anonymous(HttpServletRequest request) {
        return request.getUserPrincipal() == null;
    }

    /**
     * The page in the visitor's language, as the locale resolver (cookie, then Accept-Language) decides it:
     * one of the site's few languages, never the raw header.
     */
    private String key(HttpServletRequest request) {
        Locale locale = SiteLanguages.supportedOrDefault(localeResolver.resolveLocale(request));
        return locale.getLanguage() + " " + request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String pathOf(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }
}
