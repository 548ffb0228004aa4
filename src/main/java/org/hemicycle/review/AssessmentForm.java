package org.hemicycle.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.hemicycle.commitment.Assessment;
import org.hemicycle.commitment.Irm;
import org.hemicycle.plan.Completion;
import org.jspecify.annotations.Nullable;

/** An assessment as its form shows and sends it; any aspect may stay empty, the justification may not. */
public record AssessmentForm(Irm.@Nullable Specificity specificity, @Nullable Boolean verifiable,
                             @Nullable Set<Irm.Value> relevance, Irm.@Nullable PotentialImpact potentialImpact,
                             Irm.@Nullable PotentialForResults potentialForResults, @Nullable Completion completion,
                             Irm.@Nullable OpenedGovernment openedGovernment, Irm.@Nullable EarlyResults earlyResults,
                             @Nullable @NotBlank @Size(max = ReviewService.MAX_JUSTIFICATION) String justification) {

    public static final AssessmentForm EMPTY = new AssessmentForm(null, null, Set.of(), null, null, null, null, null, null);

    public static AssessmentForm of(@Nullable Assessment assessment) {
        if (assessment == null) {
            return EMPTY;
        }
        return new AssessmentForm(assessment.specificity(), assessment.verifiable(), assessment.relevance(),
                assessment.potentialImpact(), assessment.potentialForResults(), assessment.completion(),
                assessment.openedGovernment(), assessment.earlyResults(), assessment.justification());
    }

    public Set<Irm.Value> relevanceOrNone() {
        return relevance == null ? Set.of() : relevance;
    }
}
