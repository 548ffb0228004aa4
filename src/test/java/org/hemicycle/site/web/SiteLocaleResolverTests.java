package org.hemicycle.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.hemicycle.site.SiteLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Locales are keys of several caches (message bundles among them): only the site's four ever get through. */
class SiteLocaleResolverTests {

    private final SiteLocaleResolver resolver = new SiteLocaleResolver();

    @Test
    void whateverLocaleAClientSendsResolvesToOneOfTheFourLanguages() {
        for (int i = 0; i < 500; i++) {
            MockHttpServletRequest fromCookie = new MockHttpServletRequest();
            fromCookie.setCookies(new Cookie("hemicycle-lang", "en-US-x-" + "v".repeat(i % 7 + 1) + i));
            assertThat(resolver.resolveLocale(fromCookie)).isIn(SiteLanguages.SUPPORTED);
            assertThat(resolver.resolveLocaleContext(fromCookie).getLocale()).isIn(SiteLanguages.SUPPORTED);

            MockHttpServletRequest fromHeader = new MockHttpServletRequest();
            fromHeader.addPreferredLocale(Locale.forLanguageTag("zz-" + i));
            assertThat(resolver.resolveLocaleContext(fromHeader).getLocale()).isEqualTo(Locale.ENGLISH);
        }
        MockHttpServletRequest french = new MockHttpServletRequest();
        french.addPreferredLocale(Locale.CANADA_FRENCH);
        assertThat(resolver.resolveLocale(french)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aCookieTheSiteNeverWroteIsIgnored() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie("hemicycle-lang", "x\u0000"));
        request.addPreferredLocale(Locale.forLanguageTag("es-CL"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void theLanguageSwitchStoresOnlyASupportedLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(request, response, new Locale("pt", "BR", "x".repeat(2_000)));
        assertThat(response.getCookie("hemicycle-lang").getValue()).isEqualTo("pt");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("pt"));

        resolver.setLocale(request, new MockHttpServletResponse(), Locale.forLanguageTag("de"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }
}
