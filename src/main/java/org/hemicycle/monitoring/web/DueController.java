package org.hemicycle.monitoring.web;

import org.hemicycle.account.Actor;
import org.hemicycle.monitoring.MonitoringService;
import org.hemicycle.monitoring.ProgressReminders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan team's list of what is due: the same activities the reminders write about. */
@Controller
class DueController {

    private final MonitoringService monitoring;
    private final ProgressReminders reminders;

    DueController(MonitoringService monitoring, ProgressReminders reminders) {
        this.monitoring = monitoring;
        this.reminders = reminders;
    }

    @GetMapping("/manage/plans/{planId}/due")
    String due(Actor actor, @PathVariable Long planId, Model model) {
        model.addAttribute("page", monitoring.due(actor, planId, reminders.daysBefore()));
        return "monitoring/due";
    }
}
