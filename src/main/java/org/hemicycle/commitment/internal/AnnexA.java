package org.hemicycle.commitment.internal;

import java.util.ArrayList;
import java.util.List;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;

/** The fields of Annex A (the commitment template of the guidelines) that a commitment must fill. */
public final class AnnexA {

    private AnnexA() {
    }

    /**
     * The Annex A gaps of a commitment, in Annex A's order: what adoption requires, and what every change to
     * a commitment of an adopted plan must keep. Activity and indicator counts are null where a form cannot
     * hold them (a commitment is created before its activities).
     */
    public static List<MissingRecord> gaps(int number, CommitmentText text, boolean ogpAnnex, @Nullable Long activities,
                                           @Nullable Long indicators) {
        List<MissingRecord> gaps = new ArrayList<>();
        if (text.startDate() == null || text.endDate() == null) {
            gaps.add(MissingRecord.inCommitment(number, "commitment.field.timeframe"));
        }
        requireField(gaps, number, text.responsibleInstitution(), "commitment.field.responsible-institution");
        requireField(gaps, number, text.issue(), "commitment.field.issue");
        requireField(gaps, number, text.description(), "commitment.field.description");
        requireField(gaps, number, text.justification(), "commitment.field.justification");
        if (ogpAnnex) {
            if (text.ogpValues() == null || text.ogpValues().isEmpty()) {
                gaps.add(MissingRecord.inCommitment(number, "commitment.field.ogp-values"));
            }
            requireField(gaps, number, text.ogpRelevance(), "commitment.field.ogp-relevance");
        }
        if (activities != null && activities == 0) {
            gaps.add(MissingRecord.inCommitment(number, "commitment.field.activities"));
        }
        if (indicators != null && indicators == 0) {
            gaps.add(MissingRecord.inCommitment(number, "commitment.field.indicators"));
        }
        requireField(gaps, number, text.contactName(), "commitment.field.contact-person");
        return gaps;
    }

    private static void requireField(List<MissingRecord> gaps, int number, @Nullable String value, String fieldKey) {
        if (!Text.present(value)) {
            gaps.add(MissingRecord.inCommitment(number, fieldKey));
        }
    }
}
