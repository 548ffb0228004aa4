package org.hemicycle.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.site.SiteLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.hemicycle.site.PersonalPage;

/**
 * Serves pages from memory, the way a front proxy's micro-cache would, to visitors and to signed-in people alike:
 * rendering the plan page costs milliseconds, reading a stored copy microseconds. A page depends on its path, its
 * language and what the reader may see and do, so a copy is kept per path, language and {@linkplain
 * HemicycleUser#accessKey() access}: a plan's editors share theirs, the public shares one. What differs from one
 * person to the next on such a page is only the CSRF token of its forms: copies are rendered with a placeholder
 * token, unguessable and new at each start, which is replaced by the reader's own token as the copy is sent.
 *
 * <p>The modules' events say what changed ({@link ChangedPages}); the pages that show it are dropped on this node
 * as the change commits, before the writer's next request. Entries expire after a few seconds so that other
 * nodes of a cluster show a change soon too. A page that carries a one-time notice (after a form was saved) is
 * never served from, or kept in, the cache.
 *
 * <p>Beyond this node: public pages carry an entity tag, a last modification and a {@code Cache-Control} that lets
 * a shared cache keep them as long as this one and serve them stale while revalidating, and conditional requests
 * for an unchanged page are answered 304. Pages for signed-in people are {@code private, no-store}.
 *
 * <p>Nothing a client sends can grow it: requests with a query string (other than one of the four languages) or an
 * unusual path are never stored (no cached page reads another query parameter), the access key comes from the
 * server's own record of the person, and the copies are bounded in bytes and age.
 */
@Component
class PageCache extends OncePerRequestFilter implements MeterBinder {

    /**
     * A rendered page: its entity tag is a hash of the body; its last modification is when a body with that tag was
     * first stored, so that a copy rendered again unchanged keeps answering conditional requests with 304.
     */
    private record CachedPage(byte[] body, int[] tokenOffsets, String contentType, long storedAt, String etag,
                              long lastModified) {
    }

    private static final int MAX_PAGE_BYTES = 512 * 1024;
    private static final int MAX_KEY_PATH_LENGTH = 300;
    private static final String API = "/api/v1/";
    /** A plan's workspace: what its team opens most, the same for every member with the same roles. */
    private static final Pattern WORKSPACE = Pattern.compile("/manage/plans/[0-9]{1,18}");
    /** How long past its lifetime a copy may still be served while one request renders its successor. */
    private static final int STALE_LIFETIMES = 12;
    private static final String VISITOR = "-";
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    /**
     * For shared caches (a reverse proxy, a CDN): keep a public page as long as this node does, then serve it stale
     * while fetching the next copy. Browsers check again each time, which costs a 304 when nothing changed.
     */
    private static final String PUBLIC_CACHING = "public, max-age=0, s-maxage=%d, stale-while-revalidate=%d";

    private final LocaleResolver localeResolver;
    private final boolean enabled;
    private final long ttlMillis;
    private final String publicCaching;
    /** Stands for the reader's CSRF token in stored copies. */
    private final String tokenPlaceholder;
    private final byte[] tokenPlaceholderBytes;
    /** When pages were last dropped: a page rendered across a drop may show what changed only half, so is not kept. */
    private final AtomicLong lastDropAt = new AtomicLong(System.nanoTime());
    private final Map<String, Boolean> refreshing = new ConcurrentHashMap<>();
    private final Cache<String, CachedPage> pages;

    PageCache(LocaleResolver localeResolver, @Value("${hemicycle.page-cache.enabled:true}") boolean enabled,
              @Value("${hemicycle.page-cache.ttl:PT5S}") Duration ttl,
              @Value("${hemicycle.page-cache.max-bytes:33554432}") long maxBytes) {
        this.localeResolver = localeResolver;
        this.enabled = enabled;
        this.ttlMillis = ttl.toMillis();
        this.publicCaching = PUBLIC_CACHING.formatted(ttl.toSeconds(), ttl.multipliedBy(STALE_LIFETIMES).toSeconds());
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.tokenPlaceholder = "csrf" + HexFormat.of().formatHex(random);
        this.tokenPlaceholderBytes = tokenPlaceholder.getBytes(StandardCharsets.US_ASCII);
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
        Gauge.builder("hemicycle.page.cache.bytes", this, PageCache::storedBytes).baseUnit("bytes")
                .description("Bytes of rendered pages kept in memory").register(registry);
        Gauge.builder("hemicycle.page.cache.pages", this, PageCache::storedPages)
                .description("Rendered pages kept in memory").register(registry);
    }

    private long storedBytes() {
        pages.cleanUp();
        return pages.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
    }

    private long storedPages() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /**
     * Drops the pages at these paths and under these prefixes, in every language and for every reader, on the site
     * and in the API.
     */
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
        String path = pathOf(request);
        return !enabled || !"GET".equals(request.getMethod()) || !(request.getQueryString() == null || namesLanguage(request))
                || path.length() > MAX_KEY_PATH_LENGTH || path.indexOf(';') >= 0 || path.indexOf('%') >= 0
                || !(path.equals("/") || path.startsWith("/parliaments") || path.startsWith("/api/v1/")
                     || WORKSPACE.matcher(path).matches());
    }

    /** The one query a cached page may have: the language it is read in ({@code ?lang=es}), one of the site's. */
    private static boolean namesLanguage(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.startsWith("lang=") && SiteLanguages.named(query.substring(5)).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String access = accessOf(request);
        if (access == null || noticePending(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, access);
        CachedPage cached = pages.getIfPresent(key);
        long now = System.currentTimeMillis();
        boolean current = cached != null;
        // An expired but unchanged copy is refreshed by one request while the others still get it,
        // so that expiry under load does not make every connection render the page at once.
        if (current && (now - cached.storedAt() < ttlMillis || refreshing.putIfAbsent(key, Boolean.TRUE) != null)) {
            send(cached, access, request, response);
            return;
        }
        try {
            render(key, access, cached, request, response, chain, now);
        } finally {
            if (current) {
                refreshing.remove(key);
            }
        }
    }

    private void render(String key, String access, @Nullable CachedPage previous, HttpServletRequest request,
                        HttpServletResponse response, FilterChain chain, long now) throws ServletException, IOException {
        long renderedFrom = System.nanoTime();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(new PlaceholderTokenRequest(request, tokenPlaceholder), recorder);
        byte[] body = recorder.getContentAsByteArray();
        String etag = etagOf(body);
        CachedPage page = new CachedPage(body, offsetsOf(body, tokenPlaceholderBytes),
                recorder.getContentType() == null ? "" : recorder.getContentType(), now, etag,
                previous != null && previous.etag().equals(etag) ? previous.lastModified() : now / 1000 * 1000);
        boolean storable = recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
                && body.length <= MAX_PAGE_BYTES && recorder.getHeader("Set-Cookie") == null && !PersonalPage.isMarked(request);
        if (storable) {
            pages.put(key, page);
            // Checked after storing: a drop that began during the render either sees this copy or is seen here.
            if (lastDropAt.get() - renderedFrom >= 0) {
                pages.invalidate(key);
            }
            if (describeForHttpCaches(page, access, request, recorder)) {
                recorder.resetBuffer();
                return;
            }
        }
        if (page.tokenOffsets().length == 0) {
            recorder.copyBodyToResponse();
            return;
        }
        // The placeholder went out in the body only: headers and status stand as the render set them.
        recorder.resetBuffer();
        recorder.copyBodyToResponse();
        writeBody(page, request, response);
    }

    private void send(CachedPage page, String access, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (describeForHttpCaches(page, access, request, response)) {
            return;
        }
        response.setContentType(page.contentType());
        writeBody(page, request, response);
    }

    /**
     * Public pages tell browsers and shared caches how to keep them, and a conditional request for an unchanged one
     * is answered 304 (true) with no body. Pages for signed-in people are private and never stored by anyone else.
     */
    private boolean describeForHttpCaches(CachedPage page, String access, HttpServletRequest request,
                                          HttpServletResponse response) {
        if (!VISITOR.equals(access) || page.tokenOffsets().length > 0) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            return false;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, publicCaching);
        // Without ?lang= the language comes from the cookie or Accept-Language; a session cookie means a signed-in
        // reader, whose page differs.
        response.setHeader(HttpHeaders.VARY, namesLanguage(request) ? "Cookie" : "Accept-Language, Cookie");
        return new ServletWebRequest(request, response).checkNotModified(page.etag(), page.lastModified());
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The stored body with the reader's own CSRF token where the placeholder stands. */
    private void writeBody(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = page.body();
        int[] offsets = page.tokenOffsets();
        if (offsets.length == 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        byte[] token = readersToken(request);
        response.setContentLength(body.length + offsets.length * (token.length - tokenPlaceholderBytes.length));
        ServletOutputStream out = response.getOutputStream();
        int from = 0;
        for (int offset : offsets) {
            out.write(body, from, offset - from);
            out.write(token);
            from = offset + tokenPlaceholderBytes.length;
        }
        out.write(body, from, body.length - from);
    }

    private static byte[] readersToken(HttpServletRequest request) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            throw new IllegalStateException("a page with forms was kept for a request that carries no CSRF token");
        }
        return token.getToken().getBytes(StandardCharsets.US_ASCII);
    }

    static int[] offsetsOf(byte[] body, byte[] placeholder) {
        int count = 0;
        int[] offsets = new int[4];
        for (int at = indexOf(body, placeholder, 0); at >= 0; at = indexOf(body, placeholder, at + placeholder.length)) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = at;
        }
        return Arrays.copyOf(offsets, count);
    }

    private static int indexOf(byte[] body, byte[] placeholder, int from) {
        byte first = placeholder[0];
        for (int at = from, last = body.length - placeholder.length; at <= last; at++) {
            if (body[at] == first && Arrays.equals(body, at, at + placeholder.length, placeholder, 0, placeholder.length)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whose copy the reader gets: the public's, or that of people with the same roles. Null when the request is
     * not one the cache may answer: the workspace is for signed-in people only (the security chain sends anyone
     * else to sign in before this filter).
     */
    private static @Nullable String accessOf(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return WORKSPACE.matcher(pathOf(request)).matches() ? null : VISITOR;
        }
        return request.getUserPrincipal() instanceof Authentication authentication
               && authentication.getPrincipal() instanceof HemicycleUser user ? user.accessKey() : null;
    }

    /** A redirect after a saved form carries a notice for the next page only, which no stored copy shows. */
    private static boolean noticePending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> notices && !notices.isEmpty();
    }

    /**
     * The page in the reader's language, as the locale resolver (cookie, then Accept-Language) decides it: one of
     * the site's few languages, never the raw header. Lines separate the parts, since neither a path nor an access
     * key has one.
     */
    private String key(HttpServletRequest request, String access) {
        Locale locale = SiteLanguages.supportedOrDefault(localeResolver.resolveLocale(request));
        return locale.getLanguage() + "\n" + access + "\n" + pathOf(request);
    }

    private static String pathOf(String key) {
        return key.substring(key.lastIndexOf('\n') + 1);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Gives the page being rendered for the cache the placeholder token instead of the reader's. */
    private static final class PlaceholderTokenRequest extends HttpServletRequestWrapper {

        private final @Nullable CsrfToken placeholder;

        PlaceholderTokenRequest(HttpServletRequest request, String placeholder) {
            super(request);
            this.placeholder = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                    ? new PlaceholderToken(token, placeholder) : null;
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            if (placeholder != null && (name.equals(CsrfToken.class.getName()) || name.equals("_csrf"))) {
                return placeholder;
            }
            return super.getAttribute(name);
        }
    }

    /**
     * Asks the reader's token for its names only when a form is rendered: the token is deferred, and loading it
     * creates a session (and a cookie) for a visitor, whose page without forms must need neither.
     */
    private record PlaceholderToken(CsrfToken readers, String placeholder) implements CsrfToken {

        @Override
        public String getToken() {
            return placeholder;
        }

        @Override
        public String getHeaderName() {
            return readers.getHeaderName();
        }

        @Override
        public String getParameterName() {
            return readers.getParameterName();
        }
    }
}
