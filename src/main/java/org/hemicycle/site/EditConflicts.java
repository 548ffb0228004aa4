package org.hemicycle.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

/**
 * Edit forms carry the version of the record they show and a digest of each field as shown. When someone
 * else saved the record meanwhile, the refused save comes back merged: fields only the other person changed
 * show their value, fields only this person changed keep theirs, and fields both changed are marked with
 * what is saved now. The form then carries the current version, so saving again is a deliberate choice.
 */
public final class EditConflicts {

    public static final String VERSION_PARAMETER = "recordVersion";
    public static final String SEEN_FIELDS = "seenFields";
    private static final String SEEN_PREFIX = "seen-";
    /** Where the forms' choices find their labels. */
    private static final List<String> CHOICE_LABELS = List.of("plan.mechanism.", "commitment.completion.",
            "commitment.pillar.", "plan.meeting-format.", "plan.sector.", "cocreation.purpose.", "cocreation.side.",
            "consultation.answer.kind.");

    private EditConflicts() {
    }

    /** A form shown afresh: it carries the version of the record it shows. */
    public static void offer(Model model, Record current) {
        model.addAttribute(VERSION_PARAMETER, RecordVersion.of(current));
        model.addAttribute(SEEN_FIELDS, RecordVersion.ofFields(current));
    }

    /** A form sent back for correction keeps the version it was opened at. */
    public static void keep(Model model, HttpServletRequest request) {
        model.addAttribute(VERSION_PARAMETER, request.getParameter(VERSION_PARAMETER));
        model.addAttribute(SEEN_FIELDS, seen(request));
    }

    public static void show(StaleRecord stale, Record submitted, String formName, HttpServletRequest request,
                     BindingResult errors, Model model, HttpServletResponse response) {
        Record current = stale.current();
        Map<String, String> seen = seen(request);
        Map<String, String> mine = RecordVersion.ofFields(submitted);
        Map<String, String> theirs = RecordVersion.ofFields(current);
        RecordComponent[] components = submitted.getClass().getRecordComponents();
        Object[] merged = new Object[components.length];
        Map<String, Object> clashes = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            String field = components[i].getName();
            Object their = RecordVersion.valueOf(components[i], current);
            boolean theyChanged = seen.containsKey(field) ? !seen.get(field).equals(theirs.get(field))
                    : !mine.get(field).equals(theirs.get(field));
            boolean iChanged = !seen.containsKey(field) || !seen.get(field).equals(mine.get(field));
            merged[i] = theyChanged && !iChanged ? their : RecordVersion.valueOf(components[i], submitted);
            if (theyChanged && iChanged && !mine.get(field).equals(theirs.get(field))) {
                clashes.put(field, display(their));
            }
        }
        Record form = construct(submitted.getClass(), components, merged);
        BindingResult result = new DataBinder(form, formName).getBindingResult();
        result.reject("manage.conflict");
        for (RecordComponent component : components) {
            if (clashes.containsKey(component.getName())) {
                result.rejectValue(component.getName(), "manage.conflict.field", new Object[] {clashes.get(component.getName())}, null);
            }
        }
        model.addAttribute(formName, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, result);
        offer(model, current);
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    private static Map<String, String> seen(HttpServletRequest request) {
        Map<String, String> seen = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(SEEN_PREFIX) && values.length > 0) {
                seen.put(name.substring(SEEN_PREFIX.length()), values[0]);
            }
        });
        return seen;
    }

    private static Record construct(Class<? extends Record> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<? extends Record> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + type.getSimpleName(), e);
        }
    }

    /** What a field holds now, as the form would say it: labels for choices, yes or no, dates in words. */
    private static Object display(Object value) {
        Object normalized = RecordVersion.normalized(value);
        if (normalized == null) {
            return new DefaultMessageSourceResolvable("manage.conflict.empty");
        }
        if (normalized instanceof Boolean yes) {
            return new DefaultMessageSourceResolvable(yes ? "form.yes" : "form.no");
        }
        if (normalized instanceof Enum<?> choice) {
            return new DefaultMessageSourceResolvable(CHOICE_LABELS.stream().map(prefix -> prefix + choice.name())
                    .toArray(String[]::new), choice.name());
        }
        if (normalized instanceof LocalDate date) {
            return new DefaultMessageSourceResolvable(new String[] {"manage.conflict.date"}, new Object[] {date});
        }
        if (normalized instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return Objects.toString(normalized);
    }
}
