package org.hemicycle.site;

import org.jspecify.annotations.Nullable;
/** Optional free text as stored: trimmed, and null rather than blank. */
public final class Text {

    private Text() {
    }

    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
