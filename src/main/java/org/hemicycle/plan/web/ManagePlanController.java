package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.Actor;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.site.Confirmation;
import org.hemicycle.site.EditConflicts;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.StaleRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan team's workspace: their parliaments, creating a plan, moving it through the cycle, publishing. */
@Controller
@RequestMapping("/manage")
class ManagePlanController {

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final PlanCycle cycle;
    private final PlanRenewal renewal;

    ManagePlanController(ParliamentService parliaments, PlanPages plans, PlanCycle cycle, PlanRenewal renewal) {
        this.renewal = renewal;
        this.parliaments = parliaments;
        this.plans = plans;
        this.cycle = cycle;
    }

    @GetMapping
    String dashboard(Actor actor, Model model) {
        List<Parliament> own = parliaments.all().stream()
                .filter(parliament -> PlanPolicy.mayReadDrafts(actor, parliament.getId()))
                .toList();
        Map<Long, List<ActionPlan>> plansByParliament = plans.visiblePlansOf(actor, own.stream().map(Parliament::getId).toList());
        model.addAttribute("parliaments", own);
        model.addAttribute("plansByParliament", plansByParliament);
        model.addAttribute("user", actor);
        model.addAttribute("editable", own.stream().map(Parliament::getId).filter(id -> PlanPolicy.mayEdit(actor, id))
                .collect(java.util.stream.Collectors.toSet()));
        return "plan/manage/dashboard";
    }

    @GetMapping("/plans/{id}")
    String workspace(Actor actor, @PathVariable Long id, Model model) {
        model.addAttribute("page", plans.workspace(actor, id));
        if (!model.containsAttribute("advance")) {
            model.addAttribute("advance", AdvanceForm.today());
        }
        if (!model.containsAttribute("missing")) {
            model.addAttribute("missing", plans.missingToAdvance(actor, id));
        }
        return "plan/manage/workspace";
    }

    @GetMapping("/plans/{id}/details")
    String details(Actor actor, @PathVariable Long id, Model model) {
        ActionPlan plan = plans.editablePlan(actor, id);
        model.addAttribute("plan", plan);
        model.addAttribute("planDetails", plan.details());
        EditConflicts.offer(model, plan.details());
        return "plan/manage/plan-details";
    }

    @PostMapping("/plans/{id}/details")
    String updateDetails(Actor actor, @PathVariable Long id, @Valid @ModelAttribute PlanDetails planDetails, BindingResult errors,
                         Model model, HttpServletResponse response, RedirectAttributes redirect,
                         HttpServletRequest request) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                cycle.updateDetails(actor, id, planDetails, request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/plans/" + id;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, planDetails, "planDetails", request, errors, model, response);
                model.addAttribute("plan", plans.editablePlan(actor, id));
                return "plan/manage/plan-details";
            }
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("plan", plans.editablePlan(actor, id));
        return "plan/manage/plan-details";
    }

    @PostMapping("/plans/{id}/advance")
    String advance(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("advance") AdvanceForm advance, BindingResult errors,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                PlanPhase reached = cycle.advance(actor, id, advance.reachedOn());
                redirect.addFlashAttribute("notice", "manage.advanced." + reached);
                return "redirect:/manage/plans/" + id;
            } catch (PhaseRequirementsMissing refused) {
                model.addAttribute("refused", refused);
                model.addAttribute("missing", refused.missing());
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return workspace(actor, id, model);
    }

    /** Step 10: the next plan, started from this one at the end of its cycle. */
    @GetMapping("/plans/{id}/next")
    String nextPlan(Actor actor, @PathVariable Long id, Model model) {
        ActionPlan plan = plans.editablePlan(actor, id);
        ActionPlan next = renewal.nextOf(id);
        if (next != null) {
            return "redirect:/manage/plans/" + next.getId();
        }
        if (!plans.workspace(actor, id).canStartNext()) {
            // The workspace says what is missing: step 10, or its lessons learned.
            return "redirect:/manage/plans/" + id + "#next-plan";
        }
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("planDetails")) {
            model.addAttribute("planDetails", renewal.proposedDetails(actor, id));
        }
        return "plan/manage/next-plan";
    }

    @PostMapping("/plans/{id}/next")
    String startNext(Actor actor, @PathVariable Long id, @Valid @ModelAttribute PlanDetails planDetails, BindingResult errors,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ActionPlan next = renewal.startNext(actor, id, planDetails);
                redirect.addFlashAttribute("notice", "manage.next-plan.started");
                return "redirect:/manage/plans/" + next.getId();
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("plan", plans.editablePlan(actor, id));
        return "plan/manage/next-plan";
    }

    /** Publishing cannot be undone: the team confirms it on a page of its own, without JavaScript too. */
    @GetMapping("/plans/{id}/publish")
    String confirmPublish(Actor actor, @PathVariable Long id, Model model) {
        ActionPlan plan = plans.editablePlan(actor, id);
        if (plan.isPublished()) {
            return "redirect:/manage/plans/" + id;
        }
        return Confirmation.ask(model, plan, new Confirmation("manage.confirm.publish", null, plan.getTitle(),
                "manage.confirm.publish-consequence", "manage.confirm.publish-button", "/manage/plans/" + id + "/publish",
                "/manage/plans/" + id));
    }

    @PostMapping("/plans/{id}/publish")
    String publish(Actor actor, @PathVariable Long id, RedirectAttributes redirect) {
        cycle.publish(actor, id);
        redirect.addFlashAttribute("notice", "manage.published");
        return "redirect:/manage/plans/" + id;
    }
}
