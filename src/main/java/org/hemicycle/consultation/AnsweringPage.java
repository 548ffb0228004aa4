package org.hemicycle.consultation;

import org.hemicycle.commitment.WholeCommitment;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CommitmentSummary;

/** One idea with its answer's form: the plan's commitments it may be accepted into, and the answers it had. */
public record AnsweringPage(Parliament parliament, ActionPlan plan, Consultation consultation, IdeaView idea,
                            List<CommitmentSummary> commitments, List<WholeCommitment> withActivities,
                            List<PastAnswer> earlier) {
}
