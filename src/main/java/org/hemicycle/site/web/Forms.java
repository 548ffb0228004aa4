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

/**
 * The rules of the form parts ({@code src/main/jte/forms}), read through {@link Form}: one error per field, the error
 * summary in the order the fields appear, which fields are optional. A form's fields appear in the order of its
 * record's components.
 */
@Component
public class Forms {

    /** When a field breaks several rules, the missing value or the unreadable one is what to fix first. */
    private static final List<String> FIRST_CODES = List.of("typeMismatch", "NotBlank", "NotNull", "NotEmpty");
    private static final Set<Class<?>> REQUIRED = Set.of(jakarta.validation.constraints.NotBlank.class,
            jakarta.validation.constraints.NotNull.class, jakarta.validation.constraints.NotEmpty.class);

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
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
