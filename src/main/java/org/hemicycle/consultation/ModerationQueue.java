package org.hemicycle.consultation;

import java.util.List;
import java.util.Map;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/**
 * What awaits the moderators in a consultation: the ideas flagged since their last review, the most flagged first, each
 * with its flags by reason and the version of its moderation that a decision on it must carry.
 */
public record ModerationQueue(Parliament parliament, ActionPlan plan, Consultation consultation, List<Flagged> flagged,
                              long total, int pageNumber, int pageCount, long hiddenCount) {

    public static final int PER_PAGE = 50;

    public record Flagged(IdeaView idea, Map<FlagReason, Integer> reasons, String version) {
    }
}
