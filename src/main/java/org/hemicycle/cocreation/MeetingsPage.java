package org.hemicycle.cocreation;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A plan's meetings, the coming ones soonest first, then those held, latest first. */
public record MeetingsPage(Parliament parliament, ActionPlan plan, List<Meeting> upcoming, List<Meeting> held, boolean mayEdit) {

    /** The zone a new meeting's form starts in: that of the latest one, else the parliament's country's. */
    public String suggestedTimeZone() {
        Meeting latest = !upcoming.isEmpty() ? upcoming.get(upcoming.size() - 1) : !held.isEmpty() ? held.get(0) : null;
        return org.hemicycle.site.TimeZones.suggested(latest == null ? null : latest.getTimeZone(), parliament.getCountryCode());
    }
}
