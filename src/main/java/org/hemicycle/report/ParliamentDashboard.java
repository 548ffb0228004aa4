package org.hemicycle.report;

import java.util.List;
import org.hemicycle.commitment.PlanStanding;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A parliament's plans across its cycles, newest first, each with where it stands. */
public record ParliamentDashboard(Parliament parliament, List<Line> plans) {

    public record Line(ActionPlan plan, PlanStanding standing) {
    }
}
