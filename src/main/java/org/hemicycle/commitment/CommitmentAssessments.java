package org.hemicycle.commitment;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A commitment's three assessments, declared here and answered by the review module, which depends on this one: the
 * commitment page shows them side by side without knowing how they are kept or when a review is public.
 */
public interface CommitmentAssessments {

    /**
     * The public assessments by source; the independent one only once its review is open for comment or published,
     * {@code independentFinal} when published.
     */
    record Assessments(Map<AssessmentSource, Assessment> bySource, boolean independentFinal) {

        public static final Assessments NONE = new Assessments(Map.of(), false);

        public Assessments {
            bySource = bySource.isEmpty() ? Map.of() : new EnumMap<>(bySource);
        }

        public @Nullable Assessment of(AssessmentSource source) {
            return bySource.get(source);
        }

        public boolean isEmpty() {
            return bySource.isEmpty();
        }

        /** Where at least two assessments give this aspect and do not give it the same value. */
        public boolean disagree(Assessment.Aspect aspect) {
            Set<Object> values = new HashSet<>();
            int given = 0;
            for (Assessment assessment : bySource.values()) {
                Object value = assessment.valueOf(aspect);
                if (value != null) {
                    given++;
                    values.add(value);
                }
            }
            return given > 1 && values.size() > 1;
        }

        public boolean disagreeAnywhere() {
            for (Assessment.Aspect aspect : Assessment.Aspect.values()) {
                if (disagree(aspect)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the sources that computed it disagree on the star itself. */
        public boolean disagreeOnStar(java.time.LocalDate planStart) {
            return bySource.values().stream().map(assessment -> assessment.starred(planStart)).filter(Objects::nonNull)
                    .distinct().count() > 1;
        }
    }

    /** In a number of statements that does not grow with the assessments' revisions. */
    Assessments of(Long commitmentId);

    /** The assessments this person gives of the parliament's commitments. */
    default Set<AssessmentSource> mayAssess(org.hemicycle.account.Actor actor, Long parliamentId) {
        return Set.of();
    }
}
