package org.hemicycle.plan.web;

import org.hemicycle.account.Actor;
import org.hemicycle.plan.PlanPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan page as the public reads it; its URL is cited, so it stays stable. */
@Controller
class PublicPlanController {

    private final PlanPages plans;

    PublicPlanController(PlanPages plans) {
        this.plans = plans;
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}")
    String plan(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("page", plans.page(actor, parliament, plan));
        return "plan/plan";
    }
}
