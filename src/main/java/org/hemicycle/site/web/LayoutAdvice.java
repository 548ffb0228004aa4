package org.hemicycle.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hemicycle.account.CurrentUser;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: who is signed in, and where the language switcher points. */
@ControllerAdvice
class LayoutAdvice {

    /** Open Graph wants language_TERRITORY; these are the variants the network's readers use. */
    private static final Map<String, String> OPEN_GRAPH_LOCALES = Map.of("en", "en_US", "es", "es_LA", "fr", "fr_FR",
            "pt", "pt_BR");

    private final CurrentUser currentUser;
    private final String publicUrl;

    LayoutAdvice(CurrentUser currentUser, @Value("${hemicycle.public-url:}") String publicUrl) {
        this.currentUser = currentUser;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @ModelAttribute("viewer")
    HemicycleUser viewer() {
        return currentUser.get().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        // On an error page, switch the language of the page that failed rather than of /error.
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failedUri instanceof String failed ? failed : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    /**
     * The page's absolute address, for the links a shared page previews with (og:url), when the installation
     * says where it is public (hemicycle.public-url). Never from the request's Host header: public pages are
     * kept in a cache shared by every visitor, and a forged host must not end up in a stored copy.
     */
    @ModelAttribute("pageUrl")
    String pageUrl(HttpServletRequest request) {
        return publicUrl.isEmpty() ? null : publicUrl + currentPath(request);
    }

    @ModelAttribute("ogLocale")
    String ogLocale(Locale locale) {
        return OPEN_GRAPH_LOCALES.get(pageLanguage(locale));
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return SiteLanguages.SUPPORTED;
    }

    @ModelAttribute("pageLanguage")
    String pageLanguage(Locale locale) {
        return SiteLanguages.supportedOrDefault(locale).getLanguage();
    }
}
