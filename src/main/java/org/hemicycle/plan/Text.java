package org.hemicycle.plan;

/** Optional free text as stored: trimmed, and null rather than blank. */
final class Text {

    private Text() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
