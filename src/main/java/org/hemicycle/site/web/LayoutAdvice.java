package org.hemicycle.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.hemicycle.account.CurrentUser;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.site.SiteLanguages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: who is signed in, and where the language switcher points. */
@ControllerAdvice
class LayoutAdvice {

    private final CurrentUser currentUser;

    LayoutAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
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

    @ModelAttribute("languages")
    List<Locale> languages() {
        return SiteLanguages.SUPPORTED;
    }

    @ModelAttribute("pageLanguage")
    String pageLanguage(Locale locale) {
        return SiteLanguages.supportedOrDefault(locale).getLanguage();
    }
}
