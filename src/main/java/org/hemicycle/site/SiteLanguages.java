package org.hemicycle.site;

import java.util.List;
import java.util.Locale;

/** The working languages of the Americas' network, in which every screen exists. */
public final class SiteLanguages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH, Locale.forLanguageTag("pt"));

    private SiteLanguages() {
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
