package org.hemicycle.scorecard;

import java.time.Instant;
import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A plan's scorecard as computed at {@code computedAt}. */
public record Scorecard(Parliament parliament, ActionPlan plan, List<Assessment> assessments, Instant computedAt) {

    public long count(Verdict verdict) {
        return assessments.stream().filter(assessment -> assessment.verdict() == verdict).count();
    }
}
