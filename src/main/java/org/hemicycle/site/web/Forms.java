package org.hemicycle.site.web;

import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.*;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * What the form fragments ({@code fragments/forms.html}) ask about a form, as {@code @forms} in templates:
 * one error per field, the error summary in the order the fields appear, which fields are optional, and
 * whether the page shows a form with errors (its title then starts with "Error:").
 * A form's fields appear in the order of its record's components.
 */
@Component("forms")
public class Forms {

    /** When a field breaks several rules, the missing value or the unreadable one is what to fix first. */
    private static final List<String> FIRST_CODES = List.of("typeMismatch", "NotBlank", "NotNull", "NotEmpty");
    private static final Set<Class<?>> REQUIRED = Set.of(jakarta.validation.constraints.NotBlank.class,
            jakarta.validation.constraints.NotNull.class, jakarta.validation.constraints.NotEmpty.class);

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /** The form-wide errors, then the first error of each field, fields in form order. */
    public List<DetailedError> summary(List<DetailedError> errors, Object form) {
        List<DetailedError> summary = new ArrayList<>();
        Map<String, List<DetailedError>> byField = new LinkedHashMap<>();
        for (DetailedError error : errors) {
            if (error.isGlobal()) {
                summary.add(error);
            } else {
                byField.computeIfAbsent(error.getFieldName(), any -> new ArrayList<>()).add(error);
            }
        }
        List<String> order = fieldOrder(form);
        byField.keySet().stream()
                .sorted(Comparator.comparingInt(field -> position(order, field)))
                .forEach(field -> summary.add(first(byField.get(field))));
        return summary;
    }

    /** The one error shown for a field. */
    public @Nullable DetailedError first(List<DetailedError> errors) {
        return firstOf(errors, DetailedError::getCode);
    }

    /** Of a field's errors, the missing or unreadable value first, else the first found. */
    static <E> @Nullable E firstOf(@Nullable List<E> errors, java.util.function.Function<E, @Nullable String> code) {
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        for (String wanted : FIRST_CODES) {
            for (E error : errors) {
                if (wanted.equals(code.apply(error))) {
                    return error;
                }
            }
        }
        return errors.get(0);
    }

    /** A field the form accepts empty, labelled "(optional)". */
    public boolean optional(@Nullable Object form, String field) {
        if (form == null) {
            return false;
        }
        PropertyDescriptor property = validator.getConstraintsForClass(form.getClass()).getConstraintsForProperty(field);
        if (property == null) {
            return true;
        }
        for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
            if (REQUIRED.contains(constraint.getAnnotation().annotationType())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a form on the page was sent back with errors. */
    public boolean anyErrors(IContext context) {
        for (String name : context.getVariableNames()) {
            if (name.startsWith(BindingResult.MODEL_KEY_PREFIX)
                    && context.getVariable(name) instanceof Errors errors && errors.hasErrors()) {
                return true;
            }
        }
        return false;
    }

    static List<String> fieldOrder(@Nullable Object form) {
        if (form == null) {
            return List.of();
        }
        Class<?> type = form.getClass();
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName).toList();
    }

    /** A field path such as chamberIds[0] sits where its property does; unknown fields come last. */
    static int position(List<String> order, String field) {
        int end = field.length();
        for (char separator : new char[] {'[', '.'}) {
            int at = field.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        int position = order.indexOf(field.substring(0, end));
        return position < 0 ? Integer.MAX_VALUE : position;
    }
}
