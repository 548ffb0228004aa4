package org.hemicycle.consultation;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** The ideas of a consultation that moderation hides, with why and since when, without their words. */
public record HiddenIdeasPage(Parliament parliament, ActionPlan plan, Consultation consultation, List<Idea> hidden,
                              long total, int pageNumber, int pageCount) {

    public static final int PER_PAGE = 50;
}
