package org.hemicycle.consultation;

import java.time.Instant;
import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A plan's consultations, the latest opening first. */
public record ConsultationsPage(Parliament parliament, ActionPlan plan, List<Consultation> consultations, boolean mayRun,
                                Instant now) {
}
