package org.hemicycle.parliament.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, stable URL parts from names in any of the network's languages: "Cámara de Diputados" → "camara-de-diputados". */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "chamber" : slug.substring(0, Math.min(slug.length(), 80));
    }
}
