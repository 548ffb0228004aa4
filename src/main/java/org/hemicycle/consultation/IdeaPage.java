package org.hemicycle.consultation;

import java.util.List;
import java.util.Map;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CommitmentHeadline;
import org.jspecify.annotations.Nullable;

/**
 * One idea and what became of it: the commitment it was accepted into or the idea it was merged into, the ideas
 * merged into it, the answers it had before its current one, the moderators' decisions on it, and one page of its
 * comments, threaded one level. The words of an
 * idea that moderation hides are not shown; why it is hidden is.
 */
public record IdeaPage(Parliament parliament, ActionPlan plan, Consultation consultation, ConsultationState state,
                       IdeaView idea, @Nullable CommitmentHeadline acceptedInto, @Nullable String acceptedActivity,
                       @Nullable Idea mergedInto,
                       List<Idea> mergedHere, List<PastAnswer> earlier, List<PastDecision> moderation,
                       List<CommentThread> comments, Map<Long, List<PastAnswer>> earlierOfComments,
                       Map<Long, Integer> commitmentNumbers,
                       int commentPage, int commentPages, boolean signedIn,
                       boolean mayAnswer, boolean mayModerate) {

    /** The comments shown on one page of an idea, each with its replies (at most {@link #REPLIES_SHOWN} in all). */
    public static final int COMMENTS_PER_PAGE = 50;
    public static final int REPLIES_SHOWN = 500;

    /** The most ideas listed as merged into one; a merge of more is rare, and the rest are on the consultation. */
    public static final int MERGED_SHOWN = 50;

    /** The number in the plan of a commitment an input shown here was accepted into. */
    public @Nullable Integer numberOf(@Nullable Long commitmentId) {
        return commitmentId == null ? null : commitmentNumbers.get(commitmentId);
    }

    /** The version of its moderation, which a moderator's decision from this page carries. */
    public String moderationVersion() {
        return ModerationService.versionOf(idea.idea());
    }

    public boolean mayTakePart() {
        return signedIn && state == ConsultationState.OPEN;
    }
}
