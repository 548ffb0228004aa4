package org.hemicycle.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.commitment.DueActivity;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** What is due in a plan: its activities overdue, then those ending within the reminder's notice, soonest first. */
public record DuePage(Parliament parliament, ActionPlan plan, List<DueActivity> activities, LocalDate today, int noticeDays) {

    public List<DueActivity> overdue() {
        return activities.stream().filter(due -> due.overdueOn(today)).toList();
    }

    public List<DueActivity> dueSoon() {
        return activities.stream().filter(due -> !due.overdueOn(today)).toList();
    }
}
