package org.hemicycle.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.hemicycle.site.SiteLanguages;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The visitor's language from the language cookie, then Accept-Language, always one of the site's four.
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

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return SiteLanguages.supportedOrDefault(super.resolveLocale(request));
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return supported(super.resolveLocaleContext(request));
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
