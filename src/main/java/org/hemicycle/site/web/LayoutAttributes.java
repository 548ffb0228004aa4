package org.hemicycle.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.hemicycle.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the shared layout needs on every page (account.web adds who is signed in): the page's language and where the
 * language switcher points, the page's public address. Set as request attributes before the handler runs,
 * so that pages rendered by an exception handler (a refused rule, an edit conflict), which controller
 * advice gives no model, keep the signed-in header and the language switcher like every other.
 */
@Component
class LayoutAttributes implements HandlerInterceptor {

    /** Open Graph wants language_TERRITORY; these are the variants the network's readers use. */
    private static final Map<String, String> OPEN_GRAPH_LOCALES = Map.of("en", "en_US", "es", "es_LA", "fr", "fr_FR",
            "pt", "pt_BR");

    private final String publicUrl;

    LayoutAttributes(@Value("${hemicycle.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String pageLanguage = SiteLanguages.supportedOrDefault(RequestContextUtils.getLocale(request)).getLanguage();
        String currentPath = currentPath(request);
        request.setAttribute("currentPath", currentPath);
        // og:url only where the installation says where it is public: never from the request's Host header,
        // since public pages are kept in a cache every visitor shares.
        request.setAttribute("pageUrl", publicUrl.isEmpty() ? null : publicUrl + currentPath);
        request.setAttribute("ogLocale", OPEN_GRAPH_LOCALES.get(pageLanguage));
        request.setAttribute("languages", SiteLanguages.SUPPORTED);
        request.setAttribute("pageLanguage", pageLanguage);
        return true;
    }

    /** On an error page, the language switcher switches the page that failed rather than /error. */
    private static String currentPath(HttpServletRequest request) {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failedUri instanceof String failed ? failed : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
