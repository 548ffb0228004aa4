package org.hemicycle.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The anonymous page cache is keyed by what visitors ask for, so it is bounded whatever they ask for. */
class PageCacheBoundsTests {

    private static final byte[] PAGE = "<p>".concat("x".repeat(10_000)).concat("</p>").getBytes();

    @Test
    void storedCopiesStayWithinTheirByteBound() throws Exception {
        long bound = 100_000;
        PageCache cache = new PageCache(new AcceptHeaderLocaleResolver(), true, Duration.ofMinutes(5), bound);
        for (int i = 0; i < 500; i++) {
            assertThat(serve(cache, "/parliaments/p" + i, null).getContentAsByteArray()).isEqualTo(PAGE);
        }
        assertThat(gauge(cache, "hemicycle.page.cache.bytes")).isPositive().isLessThanOrEqualTo(bound);
    }

    @Test
    void queryStringsAndRequestHeadersDoNotMultiplyCopies() throws Exception {
        PageCache cache = new PageCache(new AcceptHeaderLocaleResolver(), true, Duration.ofMinutes(5), 10_000_000);
        serve(cache, "/parliaments/chile", null);
        for (int i = 0; i < 300; i++) {
            assertThat(serve(cache, "/parliaments/chile", "v=" + i).getContentAsByteArray()).isEqualTo(PAGE);
        }
        for (int i = 0; i < 50; i++) {
            MockHttpServletRequest request = request("/parliaments/chile", null);
            request.addHeader("Accept-Language", "x-" + "q".repeat(i % 8 + 1) + ";q=0.9");
            request.addHeader("Accept", "text/html;variant=" + i);
            cache.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new PageServlet()));
        }
        serve(cache, "/parliaments/chile;v=1", null);
        serve(cache, "/parliaments/" + "c".repeat(5_000), null);
        assertThat(gauge(cache, "hemicycle.page.cache.pages")).isEqualTo(1);
    }

    @Test
    void onlyTheChangedPlansPagesAreDroppedAndAPageRenderedAcrossADropIsNotKept() throws Exception {
        PageCache cache = new PageCache(new AcceptHeaderLocaleResolver(), true, Duration.ofMinutes(5), 10_000_000);
        for (String page : List.of("/", "/parliaments/chile", "/parliaments/chile/plans/2025-2027",
                "/parliaments/chile/plans/2025-2027/commitments/1", "/parliaments/chile/plans/2020-2022",
                "/parliaments/costa-rica", "/api/v1/parliaments/chile/plans/2025-2027", "/api/v1/parliaments/costa-rica")) {
            serve(cache, page, null);
        }
        cache.drop(Set.of("/", "/parliaments/chile"), Set.of("/parliaments/chile/plans/2025-2027"));
        // Left: Chile's other plan, Costa Rica's page on the site and in the API.
        assertThat(gauge(cache, "hemicycle.page.cache.pages")).isEqualTo(3);

        // The plan changes while its page is being rendered from what was read before: that copy must not stay.
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request("/parliaments/paraguay", null), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse rendered) throws IOException {
                rendered.setContentType("text/html;charset=UTF-8");
                rendered.getOutputStream().write(PAGE);
                cache.drop(Set.of("/parliaments/paraguay"), Set.of());
            }
        }));
        assertThat(response.getContentAsByteArray()).isEqualTo(PAGE);
        assertThat(gauge(cache, "hemicycle.page.cache.pages")).isEqualTo(3);
    }

    /** What operators see of the cache, read the way a metrics scrape reads it. */
    private static double gauge(PageCache cache, String name) {
        MeterRegistry metrics = new SimpleMeterRegistry();
        cache.bindTo(metrics);
        return metrics.get(name).gauge().value();
    }

    private static MockHttpServletResponse serve(PageCache cache, String uri, String query) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request(uri, query), response, new MockFilterChain(new PageServlet()));
        return response;
    }

    private static MockHttpServletRequest request(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        if (query != null) {
            request.setQueryString(query);
            String[] pair = query.split("=", 2);
            request.addParameter(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return request;
    }

    private static final class PageServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE);
        }
    }
}
