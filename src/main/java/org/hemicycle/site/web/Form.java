package org.hemicycle.site.web;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.support.BindStatus;
import org.springframework.web.servlet.support.RequestContext;

/**
 * A form of a jte page: the values its fields show (as typed, when it came back with errors) and its errors, read
 * through Spring's {@link BindStatus} as Thymeleaf's {@code th:field} reads them; the error rules of
 * {@link Forms} (one error per field, a summary in form order, "(optional)" labels).
 */
public final class Form {

    /** An entry of the error summary: a field's first error, or a form-wide one (field null). */
    public record Problem(@Nullable String field, String message) {
    }

    /** An option of a select, a radio group or a group of checkboxes: the value sent, and its label. */
    public record Choice(String value, String label) {
    }

    /** The options for the given values: each sent as {@code value(item)}, shown as {@code label(item)}. */
    public static <T> List<Choice> choices(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
        List<Choice> choices = new ArrayList<>(items.size());
        for (T item : items) {
            choices.add(new Choice(String.valueOf(value.apply(item)), label.apply(item)));
        }
        return choices;
    }

    private final String name;
    private final @Nullable Object target;
    private final RequestContext requestContext;
    private final Forms forms;

    Form(String name, @Nullable Object target, RequestContext requestContext, Forms forms) {
        this.name = name;
        this.target = target;
        this.requestContext = requestContext;
        this.forms = forms;
    }

    /** The field's value as the form shows it: what was typed when it was refused, else the record's, formatted. */
    public String value(String field) {
        String shown = status(field).getDisplayValue();
        return shown == null ? "" : shown;
    }

    /**
     * Whether the field's value is, or holds, the candidate: a single value equal to it, or a collection or array
     * with an element equal to it, compared as text (an enum by its name), as Spring's form tags compare them.
     */
    public boolean isSelected(String field, String candidate) {
        // The actual value, not the formatted one: a conversion service would turn a set into one "A,B" string.
        Object value = status(field).getActualValue();
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().anyMatch(element -> candidate.equals(asText(element)));
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                if (candidate.equals(asText(Array.get(value, i)))) {
                    return true;
                }
            }
            return false;
        }
        return candidate.equals(asText(value)) || candidate.equals(value(field));
    }

    private static String asText(@Nullable Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }

    /** The ids of the hint and the error that describe the field, for aria-describedby, or null when neither shows. */
    public @Nullable String describedBy(String field, boolean hasHint) {
        String ids = ((hasHint ? field + "-hint " : "") + (hasErrors(field) ? field + "-error" : "")).trim();
        return ids.isEmpty() ? null : ids;
    }

    /** The class of the field's wrapper: the given one, marked as in error when the field is. */
    public String fieldClass(String field, String base) {
        return hasErrors(field) ? base + " field--error" : base;
    }

    public boolean hasErrors(String field) {
        return errors() != null && errors().hasFieldErrors(field);
    }

    /** The one error shown for the field, in the page's language, or null. */
    public @Nullable String error(String field) {
        Errors errors = errors();
        if (errors == null) {
            return null;
        }
        FieldError first = Forms.firstOf(errors.getFieldErrors(field), FieldError::getCode);
        return first == null ? null : requestContext.getMessage(first);
    }

    public boolean optional(String field) {
        return forms.optional(target, field);
    }

    public boolean hasGlobalErrors() {
        return errors() != null && errors().hasGlobalErrors();
    }

    public boolean hasAnyErrors() {
        return errors() != null && errors().hasErrors();
    }

    /** The form-wide errors, then the first error of each field, fields in the order the form declares them. */
    public List<Problem> summary() {
        Errors errors = errors();
        if (errors == null) {
            return List.of();
        }
        List<Problem> summary = new ArrayList<>();
        for (ObjectError global : errors.getGlobalErrors()) {
            summary.add(new Problem(null, requestContext.getMessage(global)));
        }
        Map<String, List<FieldError>> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            byField.computeIfAbsent(error.getField(), any -> new ArrayList<>()).add(error);
        }
        List<String> order = Forms.fieldOrder(target);
        byField.keySet().stream().sorted(Comparator.comparingInt(field -> Forms.position(order, field)))
                .forEach(field -> summary.add(new Problem(field,
                        requestContext.getMessage(Forms.firstOf(byField.get(field), FieldError::getCode)))));
        return summary;
    }

    private BindStatus status(String field) {
        return requestContext.getBindStatus(name + "." + field, false);
    }

    private @Nullable Errors errors() {
        return requestContext.getErrors(name, false);
    }
}
