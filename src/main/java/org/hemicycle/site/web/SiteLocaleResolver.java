package org.hemicycle.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.hemicycle.site.SiteLanguages;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page's language: the one its address names ({@code ?lang=es}: every language of a page has its own URL, which
 * shared caches and search engines keep apart), else the visitor's, from the language cookie, then Accept-Language;
 * always one of the site's four. Naming a language in the address does not change the visitor's: only the
 * language switcher ({@link LanguageController}) writes the cookie, so that a page's address in one language can be
 * shared, cached and indexed without setting anyone's cookie.
 * Whatever locale a client sends (in ?lang=, the cookie or the header) is mapped to one of them before
 * anything uses it, so no cache keyed by locale, the message bundles' among them, can grow with client input.
 */
class SiteLocaleResolver extends CookieLocaleResolver {

    SiteLocaleResolver() {
        super("hemicycle-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(request -> SiteLanguages.supportedOrDefault(request.getLocale()));
        // A cookie the site never wrote (edited by hand, or left over) is ignored, not a server error.
        setRejectInvalidCookies(false);
    }

    /** The request parameter naming the page's language. */
    static final String PARAMETER = "lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return named(request).orElseGet(() -> SiteLanguages.supportedOrDefault(super.resolveLocale(request)));
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext context = supported(super.resolveLocaleContext(request));
        return named(request).<LocaleContext>map(locale -> new SimpleTimeZoneAwareLocaleContext(locale,
                context instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null)).orElse(context);
    }

    private static Optional<Locale> named(HttpServletRequest request) {
        return SiteLanguages.named(request.getParameter(PARAMETER));
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        super.setLocaleContext(request, response, localeContext == null ? null : supported(localeContext));
    }

    private static TimeZoneAwareLocaleContext supported(LocaleContext context) {
        Locale locale = SiteLanguages.supportedOrDefault(context.getLocale());
        return new SimpleTimeZoneAwareLocaleContext(locale,
                context instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null);
    }
}
