package org.hemicycle.site;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The version of one record as a form showed it: a digest of the record's values. A form carries it, and a
 * save whose record has changed since is refused instead of silently overwriting someone else's work. A
 * digest rather than the row's counter, so that two people recording different steps of one plan do not
 * conflict: only a change to the record the form edits does. The form also carries a digest of each field
 * as shown, so that a refused save can tell who changed what: the person, the other save, or both.
 */
public final class RecordVersion {

    private RecordVersion() {
    }

    public static String of(Record record) {
        return digest(record.toString(), 12);
    }

    /** A digest of each field's value, as the form showed it, by field name. */
    public static Map<String, String> ofFields(Record record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            fields.put(component.getName(), digest(String.valueOf(normalized(valueOf(component, record))), 6));
        }
        return fields;
    }

    public static @Nullable Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** Blank text and empty choices are the same as nothing: forms send the one, the database keeps the other. */
    public static @Nullable Object normalized(@Nullable Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : values.stream().map(String::valueOf).sorted().toList();
        }
        return value;
    }

    /** Refuses the save when the record has changed since the form showed it; no version means no form. */
    public static void check(@Nullable String seenVersion, Record current) {
        if (seenVersion != null && !seenVersion.equals(of(current))) {
            throw new StaleRecord(current);
        }
    }

    private static String digest(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
