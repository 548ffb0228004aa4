package org.hemicycle.plan.web;

import org.hemicycle.plan.CommitmentService;
import org.hemicycle.plan.PlanService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan and commitment pages as the public reads them; their URLs are cited, so they stay stable. */
@Controller
class PublicPlanController {

    private final PlanService plans;
    private final CommitmentService commitments;

    PublicPlanController(PlanService plans, CommitmentService commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}")
    String plan(@PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("page", plans.page(parliament, plan));
        return "plan/plan";
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/commitments/{number}")
    String commitment(@PathVariable String parliament, @PathVariable String plan, @PathVariable int number,
                      Model model) {
        model.addAttribute("page", commitments.page(parliament, plan, number));
        return "plan/commitment";
    }
}
