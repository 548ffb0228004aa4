package org.hemicycle.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.hemicycle.site.SiteLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switcher: remembers the visitor's choice in the language cookie, then shows the page they were
 * reading at its address in that language. A plain link, so that it works without JavaScript.
 */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;

    LanguageController(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @GetMapping("/languages/{language}")
    RedirectView choose(@PathVariable String language, @RequestParam(required = false) @Nullable String page,
                        HttpServletRequest request, HttpServletResponse response) {
        Locale locale = SiteLanguages.named(language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such language"));
        localeResolver.setLocale(request, response, locale);
        String target = UriComponentsBuilder.fromPath(localPath(page))
                .queryParam(SiteLocaleResolver.PARAMETER, locale.getLanguage()).build().encode().toUriString();
        RedirectView redirect = new RedirectView(target, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    /** Only a path of this site: anything else (another host, a scheme, a malformed value) goes to the home page. */
    static String localPath(@Nullable String page) {
        if (page == null || !page.startsWith("/") || page.startsWith("//") || page.indexOf('\\') >= 0 || page.length() > 300) {
            return "/";
        }
        try {
            URI uri = new URI(page);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                   && uri.getRawPath().startsWith("/") ? uri.getPath() : "/";
        } catch (URISyntaxException malformed) {
            return "/";
        }
    }
}
