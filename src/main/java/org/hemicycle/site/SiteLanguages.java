package org.hemicycle.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The working languages of the Americas' network, in which every screen exists. */
public final class SiteLanguages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH, Locale.forLanguageTag("pt"));

    private SiteLanguages() {
    }

    /** The supported language with this code ("es"), if it is one; nothing else a client sends is turned into a locale. */
    public static Optional<Locale> named(@Nullable String code) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(code)).findFirst();
    }

    public static Locale supportedOrDefault(Locale requested) {
        if (requested != null) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equals(requested.getLanguage())) {
                    return locale;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
