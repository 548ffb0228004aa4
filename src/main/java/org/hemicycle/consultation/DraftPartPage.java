package org.hemicycle.consultation;

import java.util.List;
import java.util.Map;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentPart;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.site.WordDiff;
import org.jspecify.annotations.Nullable;

/**
 * One part of a draft commitment under consultation: its text as it stands (none once an activity or indicator is
 * {@code removed}), and the comments on it, each saying whether (and how) the part changed since it was written.
 */
public record DraftPartPage(Parliament parliament, ActionPlan plan, Consultation consultation, ConsultationState state,
                            Commitment commitment, CommitmentPart part, @Nullable Long itemId, @Nullable String itemTitle,
                            @Nullable String text, boolean removed, boolean consulted, String textDigest,
                            List<DraftComment> comments, Map<Long, List<PastAnswer>> earlierOfComments,
                            Map<Long, Integer> commitmentNumbers,
                            int commentPage, int commentPages, boolean signedIn, boolean mayAnswer) {

    public static final int COMMENTS_PER_PAGE = 20;

    /**
     * A comment with what became of the part since: {@code changes} from the text it was written on to the text now,
     * empty when the part is unchanged; {@code byReader} when the reader wrote it ("changed since your comment").
     */
    public record DraftComment(IdeaView view, boolean changed, List<WordDiff.Segment> changes, boolean byReader) {
    }

    /**
     * Comments are taken while the consultation is open, on a part that still exists of a commitment it is on, of a
     * plan not yet adopted.
     */
    /** The number in the plan of a commitment a comment shown here was accepted into. */
    public @Nullable Integer numberOf(@Nullable Long commitmentId) {
        return commitmentId == null ? null : commitmentNumbers.get(commitmentId);
    }

    public boolean mayTakePart() {
        return signedIn && takesComments();
    }

    public boolean takesComments() {
        return state == ConsultationState.OPEN && consulted && !removed && !plan.getPhase().isAdopted();
    }
}
