package org.hemicycle.consultation;

import java.time.Instant;
import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A plan's consultations, the latest opening first. */
public record ConsultationsPage(Parliament parliament, ActionPlan plan, List<Consultation> consultations, boolean mayRun,
                                Instant now) {

    /** The zone a new consultation's form starts in: that of the latest one, else the parliament's country's. */
    public String suggestedTimeZone() {
        return org.hemicycle.site.TimeZones.suggested(consultations.isEmpty() ? null : consultations.get(0).getTimeZone(),
                parliament.getCountryCode());
    }
}
