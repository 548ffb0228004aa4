package org.hemicycle.version;

import java.util.List;
import org.hemicycle.site.WordDiff;

/** What changed from one version to another: each field, commitment, activity and indicator added, removed or changed. */
public record VersionComparison(List<FieldChange> plan, List<PartChange> commitments) {

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    /** A field's old and new words in reading order; for codes, each segment holds codes joined by commas. */
    public record FieldChange(String label, VersionText.Format format, Change change, List<WordDiff.Segment> segments) {
    }

    /** Fields lists only those that changed (all of them for an added or removed part). */
    public record PartChange(Change change, int number, String title, List<FieldChange> fields,
                             List<PartChange> activities, List<PartChange> indicators) {
    }

    public boolean changedAnything() {
        return plan.stream().anyMatch(field -> field.change() != Change.UNCHANGED)
                || commitments.stream().anyMatch(part -> part.change() != Change.UNCHANGED);
    }

    public long count(Change change) {
        return commitments.stream().filter(part -> part.change() == change).count();
    }
}
