package org.hemicycle.site.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or a URL sends is cleaned before any module sees it: control characters (NUL, escape,
 * bell…) and lone surrogates are dropped, and line breaks become plain newlines; tabs and newlines stay.
 * Nothing else changes (no Unicode normalization), so a password set through a form is exactly what the
 * sign-in, where no binder runs, compares it with.
 */
@ControllerAdvice
class InputTextAdvice {

    @InitBinder
    void normalizeText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NormalizingEditor());
    }

    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder clean = new StringBuilder(lines.length());
        lines.codePoints()
                .filter(c -> c == '\t' || c == '\n' || !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.SURROGATE)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static final class NormalizingEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(normalize(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
