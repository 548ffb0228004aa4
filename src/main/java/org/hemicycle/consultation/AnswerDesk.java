package org.hemicycle.consultation;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** What the plan's editors still have to answer in a consultation, the oldest first, a page at a time. */
public record AnswerDesk(Parliament parliament, ActionPlan plan, Consultation consultation, List<IdeaView> unanswered,
                         int pageNumber, int pageCount, Coverage coverage) {

    public static final int PER_PAGE = 50;
}
