package org.hemicycle.report.web;

import org.hemicycle.account.Actor;
import org.hemicycle.report.ReportService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A parliament's plans across its cycles: where each stands. */
@Controller
class ParliamentDashboardController {

    private final ReportService reports;

    ParliamentDashboardController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/parliaments/{parliament}/dashboard")
    String dashboard(Actor actor, @PathVariable String parliament, Model model) {
        model.addAttribute("dashboard", reports.parliamentDashboard(actor, parliament));
        return "report/parliament-dashboard";
    }
}
