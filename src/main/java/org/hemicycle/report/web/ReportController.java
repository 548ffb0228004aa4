package org.hemicycle.report.web;

import org.hemicycle.account.Actor;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.report.AnnexA;
import org.hemicycle.report.ProgressReport;
import org.hemicycle.report.ReportKind;
import org.hemicycle.report.ReportService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A plan's reports, each as a page and as a PDF made from the same template: the page to read, the PDF to submit,
 * print or archive.
 */
@Controller
@RequestMapping("/parliaments/{parliament}/plans/{plan}")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/dashboard")
    String dashboard(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("dashboard", reports.planDashboard(actor, parliament, plan));
        return "report/dashboard";
    }

    @GetMapping("/annex-a")
    String annexA(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("annex", reports.annexA(actor, parliament, plan));
        return "report/annex-a";
    }

    @GetMapping("/annex-a.pdf")
    String annexAPdf(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        AnnexA annex = reports.annexA(actor, parliament, plan);
        model.addAttribute("annex", annex);
        model.addAttribute("pdfFileName", parliament + "-" + plan + "-annex-a.pdf");
        return "pdf:report/annex-a-document";
    }

    @GetMapping("/reports/{kind:mid-term|end-of-term}")
    String progress(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable String kind, Model model) {
        model.addAttribute("report", reports.progress(actor, parliament, plan, kindOf(kind)));
        return "report/progress";
    }

    @GetMapping("/reports/{kind:mid-term|end-of-term}.pdf")
    String progressPdf(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable String kind,
                       Model model) {
        ProgressReport report = reports.progress(actor, parliament, plan, kindOf(kind));
        model.addAttribute("report", report);
        model.addAttribute("pdfFileName", parliament + "-" + plan + "-" + kind + "-report.pdf");
        return "pdf:report/progress-document";
    }

    private static ReportKind kindOf(String path) {
        return ReportKind.ofPath(path).orElseThrow(PlanNotFound::new);
    }
}
