package org.hemicycle.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hemicycle.site.WordDiff.Kind;
import org.hemicycle.site.WordDiff.Segment;
import org.hemicycle.version.VersionComparison.Change;
import org.hemicycle.version.VersionComparison.FieldChange;
import org.hemicycle.version.VersionComparison.PartChange;
import org.hemicycle.version.VersionText.Field;
import org.hemicycle.version.VersionText.Format;
import org.hemicycle.version.VersionText.Part;
import org.hemicycle.version.internal.Comparisons;
import org.junit.jupiter.api.Test;

class ComparisonsTests {

    private static final List<Field> PLAN = List.of(new Field("version.field.title", Format.TEXT, "Open Parliament Plan"));

    @Test
    void commitmentsAreMatchedByIdSoARenumberedOneIsChangedNotRemovedAndAdded() {
        VersionText before = new VersionText(PLAN, List.of(
                commitment(1L, 1, "Open the records", "TRANSPARENCY"),
                commitment(2L, 2, "Publish votes", "TRANSPARENCY")));
        VersionText after = new VersionText(PLAN, List.of(commitment(2L, 1, "Publish votes", "TRANSPARENCY")));

        VersionComparison comparison = Comparisons.compare(before, after);

        assertThat(comparison.commitments()).extracting(PartChange::change, PartChange::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.CHANGED, "Publish votes"),
                        org.assertj.core.groups.Tuple.tuple(Change.REMOVED, "Open the records"));
        assertThat(comparison.commitments().get(0).fields()).extracting(FieldChange::label).containsExactly("version.field.number");
        assertThat(comparison.count(Change.REMOVED)).isEqualTo(1);
        assertThat(comparison.changedAnything()).isTrue();
    }

    @Test
    void onlyChangedFieldsAreListedWithTheirWordsAndCodesAndActivitiesAreComparedToo() {
        Part first = commitment(1L, 1, "Open the records", "TRANSPARENCY");
        Part changed = new Part(1L, 1, "Open the records", List.of(
                new Field("commitment.field.title", Format.TEXT, "Open the records"),
                new Field("commitment.field.ogp-values", Format.OGP_VALUES, "ACCOUNTABILITY,TRANSPARENCY"),
                new Field("commitment.field.description", Format.TEXT, "Publish every record by 2026.")),
                List.of(activity(10L, "Portal", "2026-06-30"), activity(11L, "Hearings", "2026-09-30")), List.of());

        PartChange change = Comparisons.compare(new VersionText(PLAN, List.of(first)), new VersionText(PLAN, List.of(changed)))
                .commitments().get(0);

        assertThat(change.change()).isEqualTo(Change.CHANGED);
        assertThat(change.fields()).extracting(FieldChange::label)
                .containsExactly("commitment.field.ogp-values", "commitment.field.description");
        assertThat(change.fields().get(0).segments())
                .containsExactly(new Segment(Kind.ADDED, "ACCOUNTABILITY"), new Segment(Kind.KEPT, "TRANSPARENCY"));
        assertThat(change.fields().get(1).segments()).contains(new Segment(Kind.REMOVED, "2025."), new Segment(Kind.ADDED, "2026."));
        assertThat(change.activities()).extracting(PartChange::change).containsExactly(Change.CHANGED, Change.ADDED);
        assertThat(change.activities().get(0).fields().get(0).segments())
                .containsExactly(new Segment(Kind.REMOVED, "2025-12-31"), new Segment(Kind.ADDED, "2026-06-30"));
    }

    @Test
    void theSameTextComparesAsUnchanged() {
        VersionText text = new VersionText(PLAN, List.of(commitment(1L, 1, "Open the records", "TRANSPARENCY")));

        VersionComparison comparison = Comparisons.compare(text, text);

        assertThat(comparison.changedAnything()).isFalse();
        assertThat(comparison.commitments()).extracting(PartChange::change).containsExactly(Change.UNCHANGED);
    }

    private static Part commitment(Long id, int number, String title, String values) {
        return new Part(id, number, title, List.of(
                new Field("commitment.field.title", Format.TEXT, title),
                new Field("commitment.field.ogp-values", Format.OGP_VALUES, values),
                new Field("commitment.field.description", Format.TEXT, "Publish every record by 2025.")),
                List.of(activity(10L, "Portal", "2025-12-31")), List.of());
    }

    private static Part activity(Long id, String description, String end) {
        return new Part(id, 1, description, List.of(new Field("activity.field.end-date", Format.DATE, end),
                new Field("activity.field.description", Format.TEXT, description)), List.of(), List.of());
    }
}
