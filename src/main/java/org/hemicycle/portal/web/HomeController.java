package org.hemicycle.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.Actor;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CurrentPlan;
import org.hemicycle.plan.PlanPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public entry points: the network's parliaments, and each parliament's plans across cycles. */
@Controller
class HomeController {

    private final ParliamentService parliaments;
    private final PlanPages plans;

    HomeController(ParliamentService parliaments, PlanPages plans) {
        this.parliaments = parliaments;
        this.plans = plans;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        List<Parliament> all = parliaments.all();
        Map<Long, List<ActionPlan>> plansByParliament = plans.visiblePlansOf(actor, all.stream().map(Parliament::getId).toList());
        model.addAttribute("parliaments", all);
        model.addAttribute("plansByParliament", plansByParliament);
        model.addAttribute("currentPlans", CurrentPlan.byParliament(plansByParliament, LocalDate.now()));
        return "portal/home";
    }

    @GetMapping("/parliaments/{slug}")
    String parliament(Actor actor, @PathVariable String slug, Model model) {
        Parliament parliament = parliaments.bySlug(slug);
        model.addAttribute("parliament", parliament);
        model.addAttribute("chambers", parliaments.chambersOf(parliament.getId()));
        model.addAttribute("plans", plans.visiblePlansOf(actor, parliament.getId()));
        return "portal/parliament";
    }
}
