package org.hemicycle.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hemicycle.commitment.Assessment;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CommitmentSummary;
import org.jspecify.annotations.Nullable;

/**
 * A plan's independent review as the public reads it, at its absolute {@code address} (how it is cited) (or its reviewer, while a draft): its recommendations, its
 * assessment of each commitment, and the public's comments with their answers.
 */
public record ReviewPage(Parliament parliament, ActionPlan plan, @Nullable Review review, List<CommitmentSummary> commitments,
                         Map<Long, Assessment> independent, List<ReviewComment> comments, boolean mayReview,
                         boolean mayComment, LocalDate today, String address) {

    public @Nullable Assessment of(CommitmentSummary summary) {
        return independent.get(summary.commitment().getId());
    }

    public long unanswered() {
        return comments.stream().filter(comment -> !comment.isAnswered()).count();
    }

    public boolean takesComments() {
        return review != null && review.takesComments(today);
    }
}
