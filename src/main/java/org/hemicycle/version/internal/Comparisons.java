package org.hemicycle.version.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hemicycle.site.WordDiff;
import org.hemicycle.version.VersionComparison;
import org.hemicycle.version.VersionComparison.Change;
import org.hemicycle.version.VersionComparison.FieldChange;
import org.hemicycle.version.VersionComparison.PartChange;
import org.hemicycle.version.VersionText;
import org.hemicycle.version.VersionText.Field;
import org.hemicycle.version.VersionText.Format;
import org.hemicycle.version.VersionText.Part;
import org.jspecify.annotations.Nullable;

/**
 * Compares two versions' texts. Commitments, activities and indicators are matched by id, not by number or
 * position: a commitment renumbered after a deletion is the same commitment, its number one more changed field.
 * The later version's order comes first, then what it no longer has.
 */
public final class Comparisons {

    private Comparisons() {
    }

    public static VersionComparison compare(VersionText before, VersionText after) {
        return new VersionComparison(fields(before.plan(), after.plan(), false), parts(before.commitments(), after.commitments(), true));
    }

    /**
     * A commitment's number is cited, and its change is shown; an activity's or an indicator's is only its place in
     * the list, which an earlier one added or moved changes for all that follow.
     */
    private static List<PartChange> parts(List<Part> before, List<Part> after, boolean numbered) {
        Map<Long, Part> earlier = new LinkedHashMap<>();
        before.forEach(part -> earlier.put(part.id(), part));
        List<PartChange> changes = new ArrayList<>();
        for (Part now : after) {
            Part then = earlier.remove(now.id());
            changes.add(then == null ? whole(Change.ADDED, now) : changed(then, now, numbered));
        }
        earlier.values().forEach(gone -> changes.add(whole(Change.REMOVED, gone)));
        return List.copyOf(changes);
    }

    private static PartChange changed(Part then, Part now, boolean numbered) {
        List<FieldChange> fields = new ArrayList<>();
        if (numbered && then.number() != now.number()) {
            fields.add(new FieldChange("version.field.number", Format.TEXT, Change.CHANGED,
                    WordDiff.ofTokens(List.of(String.valueOf(then.number())), List.of(String.valueOf(now.number())), "")));
        }
        fields.addAll(fields(then.fields(), now.fields(), true));
        List<PartChange> activities = parts(then.activities(), now.activities(), false);
        List<PartChange> indicators = parts(then.indicators(), now.indicators(), false);
        boolean same = fields.isEmpty() && unchanged(activities) && unchanged(indicators);
        return new PartChange(same ? Change.UNCHANGED : Change.CHANGED, now.number(), now.title(), List.copyOf(fields),
                activities, indicators);
    }

    private static boolean unchanged(List<PartChange> parts) {
        return parts.stream().allMatch(part -> part.change() == Change.UNCHANGED);
    }

    private static PartChange whole(Change change, Part part) {
        List<FieldChange> fields = part.fields().stream().filter(field -> field.value() != null)
                .map(field -> change == Change.ADDED ? diff(field.label(), field.format(), null, field.value())
                        : diff(field.label(), field.format(), field.value(), null))
                .toList();
        return new PartChange(change, part.number(), part.title(), fields,
                part.activities().stream().map(activity -> whole(change, activity)).toList(),
                part.indicators().stream().map(indicator -> whole(change, indicator)).toList());
    }

    /** Fields are matched by label; a version from before a field existed simply lacks it. */
    private static List<FieldChange> fields(List<Field> before, List<Field> after, boolean changedOnly) {
        Map<String, Field> earlier = new LinkedHashMap<>();
        before.forEach(field -> earlier.put(field.label(), field));
        List<FieldChange> changes = new ArrayList<>();
        for (Field now : after) {
            Field then = earlier.get(now.label());
            String old = then == null ? null : then.value();
            FieldChange change = diff(now.label(), now.format(), old, now.value());
            if (!changedOnly || change.change() != Change.UNCHANGED) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static FieldChange diff(String label, Format format, @Nullable String before, @Nullable String after) {
        Change change = Objects.equals(before, after) ? Change.UNCHANGED
                : before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
        List<WordDiff.Segment> segments = format == Format.TEXT ? WordDiff.of(before, after)
                : WordDiff.ofTokens(tokens(before), tokens(after), ",");
        return new FieldChange(label, format, change, segments);
    }

    private static List<String> tokens(@Nullable String value) {
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }
}
