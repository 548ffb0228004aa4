package org.hemicycle.commitment;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of consultations that were accepted into a commitment, declared here and answered by the consultation
 * module, which depends on this one: the commitment page shows what shaped it without knowing consultations.
 */
public interface CommitmentInputs {

    /** The most shown on the page, most supported first; the total says how many more there are. */
    int SHOWN = 50;

    /** An idea, with its supports, or a comment, which has none. */
    record Input(Long consultationId, Long ideaId, String title, boolean comment, int supports) {
    }

    record Inputs(List<Input> shown, long total) {

        public static final Inputs NONE = new Inputs(List.of(), 0);
    }

    /**
     * The consultation a commitment's parts are commented in, the latest opened on its plan, whether it is still open,
     * and how many listed comments each part has there, by {@link CommitmentPart#key}.
     */
    record DraftComments(@Nullable Long consultationId, boolean open, Map<String, Long> counts) {

        public static final DraftComments NONE = new DraftComments(null, false, Map.of());

        public long count(CommitmentPart part, @Nullable Long itemId) {
            return counts.getOrDefault(part.key(itemId), 0L);
        }
    }

    /** In a number of statements that does not grow with the inputs; those moderation hides are not shown. */
    Inputs acceptedInto(Long commitmentId);

    /** In two statements, whatever the number of comments. */
    default DraftComments draftCommentsOn(Long planId, Long commitmentId) {
        return DraftComments.NONE;
    }

    /** Every input accepted into the commitment, those moderation hides included: what its deletion would orphan. */
    default long countAcceptedInto(Long commitmentId) {
        return acceptedInto(commitmentId).total();
    }
}
