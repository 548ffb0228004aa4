package org.hemicycle.consultation;

import java.time.Instant;
import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A consultation as its page shows it: one page of its ideas, most supported first, and what the reader may do. */
public record ConsultationPage(Parliament parliament, ActionPlan plan, Consultation consultation, ConsultationState state,
                               List<IdeaView> ideas, int pageNumber, int pageCount, long ideaCount, boolean signedIn,
                               boolean mayRun, Instant now) {

    public static final int IDEAS_PER_PAGE = 20;

    public boolean mayTakePart() {
        return signedIn && state == ConsultationState.OPEN;
    }
}
