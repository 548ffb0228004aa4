package org.hemicycle.version;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan's text as one version holds it: the plan's own fields, then its commitments in number order, each with its
 * Annex A fields, activities and indicators. Values are kept as written (dates as ISO days, choices as their codes),
 * so that a page shows them in its reader's language.
 */
public record VersionText(List<Field> plan, List<Part> commitments) {

    /** How a field's value is shown and compared: text word by word, a day or codes as a whole each. */
    public enum Format {
        TEXT(null), DATE(null), PILLAR("commitment.pillar."), OGP_VALUES("commitment.ogp-value.");

        private final @Nullable String codePrefix;

        Format(@Nullable String codePrefix) {
            this.codePrefix = codePrefix;
        }

        /** The message key of a code is this prefix and the code; null for text and days. */
        public @Nullable String codePrefix() {
            return codePrefix;
        }
    }

    /** A field by its label's message key. Several codes are joined by commas. */
    public record Field(String label, Format format, @Nullable String value) {
    }

    /** A commitment, an activity or an indicator; matched across versions by its id, which renumbering keeps. */
    public record Part(Long id, int number, String title, List<Field> fields, List<Part> activities, List<Part> indicators) {
    }
}
