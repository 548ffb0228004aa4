package org.hemicycle.commitment;

import java.util.List;

/**
 * The inputs of consultations that were accepted into a commitment, declared here and answered by the consultation
 * module, which depends on this one: the commitment page shows what shaped it without knowing consultations.
 */
public interface CommitmentInputs {

    /** The most shown on the page, most supported first; the total says how many more there are. */
    int SHOWN = 50;

    record Input(Long consultationId, Long ideaId, String title, int supports) {
    }

    record Inputs(List<Input> shown, long total) {

        public static final Inputs NONE = new Inputs(List.of(), 0);
    }

    /** In a number of statements that does not grow with the inputs; those moderation hides are not shown. */
    Inputs acceptedInto(Long commitmentId);

    /** Every input accepted into the commitment, those moderation hides included: what its deletion would orphan. */
    default long countAcceptedInto(Long commitmentId) {
        return acceptedInto(commitmentId).total();
    }
}
