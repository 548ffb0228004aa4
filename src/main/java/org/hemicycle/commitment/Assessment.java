package org.hemicycle.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hemicycle.plan.Completion;
import org.jspecify.annotations.Nullable;

/**
 * One assessment of a commitment in the IRM's vocabulary, with its justification; an aspect left empty is not assessed.
 * {@code revision} is the id of the saved state this is, which an edit carries so that a change made meanwhile is not
 * overwritten.
 */
public record Assessment(AssessmentSource source, Irm.@Nullable Specificity specificity, @Nullable Boolean verifiable,
                         Set<Irm.Value> relevance, Irm.@Nullable PotentialImpact potentialImpact,
                         Irm.@Nullable PotentialForResults potentialForResults, @Nullable Completion completion,
                         Irm.@Nullable OpenedGovernment openedGovernment, Irm.@Nullable EarlyResults earlyResults,
                         String justification, String authorName, Instant assessedAt, Long revision) {

    /** The aspects, in the IRM's order: how the page lines the three assessments up and says where they differ. */
    public enum Aspect { SPECIFICITY, VERIFIABLE, RELEVANCE, POTENTIAL_IMPACT, POTENTIAL_FOR_RESULTS, COMPLETION,
        OPENED_GOVERNMENT, EARLY_RESULTS }

    /** The aspect's value, or null when this assessment leaves it out; relevance is its set, empty meaning none. */
    public @Nullable Object valueOf(Aspect aspect) {
        return switch (aspect) {
            case SPECIFICITY -> specificity;
            case VERIFIABLE -> verifiable;
            case RELEVANCE -> relevance;
            case POTENTIAL_IMPACT -> potentialImpact;
            case POTENTIAL_FOR_RESULTS -> potentialForResults;
            case COMPLETION -> completion;
            case OPENED_GOVERNMENT -> openedGovernment;
            case EARLY_RESULTS -> earlyResults;
        };
    }

    /** Starred by the IRM's rule (see {@link Starred}), for a plan that started on {@code planStart}. */
    public boolean starred(LocalDate planStart) {
        return Starred.isStarred(this, planStart);
    }
}
