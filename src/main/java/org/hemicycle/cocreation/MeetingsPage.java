package org.hemicycle.cocreation;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A plan's meetings, the coming ones soonest first, then those held, latest first. */
public record MeetingsPage(Parliament parliament, ActionPlan plan, List<Meeting> upcoming, List<Meeting> held, boolean mayEdit) {
}
