package org.hemicycle.plan;

import java.util.List;
import java.util.Optional;

/**
 * What the plan needs to know about its commitments, declared here and answered by the commitment module, so
 * that the plan's rules (Annex A before adoption, the period) can count on them without depending on it.
 */
public interface PlanCommitments {

    /** The most commitments a plan holds (Annex A numbers them 1 to 10). */
    int MAX_PER_PLAN = 10;

    /** What the cycle's checks read: how many commitments, and every Annex A field they still lack. */
    record Facts(int commitments, List<MissingRecord> annexAGaps) {
    }

    /** The plan's commitments in number order, each with its activities' progress. */
    List<CommitmentSummary> summariesOf(Long planId);

    /** The plan's commitments in number order, numbers and titles only: one query. */
    default List<CommitmentHeadline> headlinesOf(Long planId) {
        return summariesOf(planId).stream().map(CommitmentSummary::commitment).toList();
    }

    /** Read in a number of queries that does not grow with the commitments. */
    Facts factsOf(Long planId, boolean ogpAnnex);

    /** The refusal of a new period that would leave out a commitment's or an activity's dates, if any would. */
    Optional<PlanRuleViolation> leftOutBy(Long planId, PlanDetails period);
}
