package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hemicycle.plan.StaleRecord;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A save refused because someone else saved the record meanwhile: the form comes back with the person's
 * own input, each field the other save left different marked with what it holds now, and the current
 * version, so that saving again deliberately keeps theirs.
 */
final class EditConflicts {

    static final String VERSION_PARAMETER = "recordVersion";

    private EditConflicts() {
    }

    static void show(StaleRecord stale, Record submitted, BindingResult errors, Model model, HttpServletResponse response) {
        errors.reject("manage.conflict");
        Record current = stale.current();
        for (RecordComponent component : submitted.getClass().getRecordComponents()) {
            Object theirs = value(component, current);
            if (!Objects.equals(normalized(value(component, submitted)), normalized(theirs))) {
                errors.rejectValue(component.getName(), "manage.conflict.field", new Object[] {display(theirs)}, null);
            }
        }
        model.addAttribute(VERSION_PARAMETER, stale.currentVersion());
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** Blank text and empty choices are the same as nothing: forms send the one, the database keeps the other. */
    private static Object normalized(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : values.stream().map(String::valueOf).sorted().toList();
        }
        return value;
    }

    private static Object display(Object value) {
        Object normalized = normalized(value);
        if (normalized == null) {
            return new DefaultMessageSourceResolvable("manage.conflict.empty");
        }
        if (normalized instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(normalized);
    }
}
