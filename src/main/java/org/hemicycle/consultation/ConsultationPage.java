package org.hemicycle.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/**
 * A consultation as its page shows it: one page of its listed ideas, most supported first, how many moderation hides, the commitments those accepted
 * were accepted into (by id), its response coverage, and what the reader may do; and the commitments of a plan not yet
 * adopted, whose parts readers comment on.
 */
public record ConsultationPage(Parliament parliament, ActionPlan plan, Consultation consultation, ConsultationState state,
                               List<IdeaView> ideas, Map<Long, CommitmentHeadline> acceptedInto, int pageNumber,
                               int pageCount, long ideaCount, long hiddenCount, boolean signedIn,
                               boolean mayRun, boolean mayAnswer, boolean mayModerate, Coverage coverage, Instant now,
                               List<CommitmentHeadline> draftCommitments) {

    public static final int IDEAS_PER_PAGE = 20;
    /** The most similar ideas shown to someone writing one. */
    public static final int SIMILAR_SHOWN = 3;

    public boolean mayTakePart() {
        return signedIn && state == ConsultationState.OPEN;
    }
}
