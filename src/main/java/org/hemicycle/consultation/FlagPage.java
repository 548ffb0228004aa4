package org.hemicycle.consultation;

import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** The form to flag an idea, or that this reader flagged it already. */
public record FlagPage(Parliament parliament, ActionPlan plan, Consultation consultation, Idea idea, boolean flaggedAlready) {
}
