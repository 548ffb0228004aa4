package org.hemicycle.site;

/** Optional free text as stored: trimmed, and null rather than blank. */
public final class Text {

    private Text() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
