package org.hemicycle.commitment;

import java.time.LocalDate;
import java.util.Set;
import org.hemicycle.plan.Completion;

/**
 * The IRM's starred commitment, computed from an assessment, never typed. A commitment is starred when it is
 * <ol>
 * <li>of medium or high specificity,</li>
 * <li>relevant to at least one OGP value,</li>
 * <li>of transformative potential impact (moderate or transformative for plans that started before 2015, when the IRM
 * raised the bar); an assessment on the 2020 scale, which has no potential impact, counts a substantial potential for
 * results as the transformative mark,</li>
 * <li>and substantially or completely implemented.</li>
 * </ol>
 * Any aspect not assessed means not starred: a star is earned on every count.
 */
public final class Starred {

    /** The year the IRM started asking for a transformative impact. */
    static final int TRANSFORMATIVE_ONLY_FROM = 2015;

    private static final Set<Irm.Specificity> SPECIFIC = Set.of(Irm.Specificity.MEDIUM, Irm.Specificity.HIGH);
    private static final Set<Completion> IMPLEMENTED = Set.of(Completion.SUBSTANTIAL, Completion.COMPLETE);

    private Starred() {
    }

    public static boolean isStarred(Assessment assessment, LocalDate planStart) {
        return assessment.specificity() != null && SPECIFIC.contains(assessment.specificity())
                && !assessment.relevance().isEmpty()
                && ambitious(assessment, planStart)
                && assessment.completion() != null && IMPLEMENTED.contains(assessment.completion());
    }

    private static boolean ambitious(Assessment assessment, LocalDate planStart) {
        Irm.PotentialImpact impact = assessment.potentialImpact();
        if (impact != null) {
            return impact == Irm.PotentialImpact.TRANSFORMATIVE
                    || impact == Irm.PotentialImpact.MODERATE && planStart.getYear() < TRANSFORMATIVE_ONLY_FROM;
        }
        return assessment.potentialForResults() == Irm.PotentialForResults.SUBSTANTIAL;
    }
}
