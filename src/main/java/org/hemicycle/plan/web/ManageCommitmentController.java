package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import org.hemicycle.plan.*;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Drafting the commitments of Annex A, with their activities and indicators. */
@Controller
@RequestMapping("/manage")
class ManageCommitmentController {

    private final PlanService plans;
    private final CommitmentService commitments;

    ManageCommitmentController(PlanService plans, CommitmentService commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    @GetMapping("/plans/{planId}/commitments/new")
    String newCommitment(@PathVariable Long planId, Model model) {
        ActionPlan plan = plans.editablePlan(planId);
        if (plan.getPhase().holdsAnnexA()) {
            // Said before the form is filled in, not after.
            throw new PlanRuleViolation(null, "commitment.error.add-after-adoption");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("commitment", new CommitmentText(null, null, null, null, null, null, null, null, null,
                null, EnumSet.noneOf(OgpValue.class), null, null, null, null, null, null, null, null));
        return formView(model);
    }

    @PostMapping("/plans/{planId}/commitments")
    String create(@PathVariable Long planId, @Valid @ModelAttribute("commitment") CommitmentText commitment,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Commitment created = commitments.add(planId, commitment);
                redirect.addFlashAttribute("notice", "manage.commitment-added");
                return "redirect:/manage/commitments/" + created.getId();
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("plan", plans.editablePlan(planId));
        return formView(model);
    }

    @GetMapping("/commitments/{id}")
    String edit(@PathVariable Long id, Model model) {
        CommitmentPage page = commitments.workspace(id);
        model.addAttribute("commitment", page.commitment().text());
        return editView(page, model);
    }

    @PostMapping("/commitments/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("commitment") CommitmentText commitment,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
                  HttpServletRequest request) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                commitments.update(id, commitment, request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/commitments/" + id;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, commitment, "commitment", request, errors, model, response);
                return editView(commitments.workspace(id), model);
            }
        }
        FormErrors.markUnprocessable(response);
        return editView(commitments.workspace(id), model);
    }

    @PostMapping("/commitments/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        Long planId = commitments.workspace(id).plan().getId();
        try {
            commitments.delete(id);
            redirect.addFlashAttribute("notice", "manage.commitment-deleted");
            return "redirect:/manage/plans/" + planId;
        } catch (PlanRuleViolation violation) {
            redirect.addFlashAttribute("notice", violation.messageKey());
            return "redirect:/manage/commitments/" + id;
        }
    }

    @PostMapping("/commitments/{id}/activities")
    String addActivity(@PathVariable Long id, @Valid @ModelAttribute("newActivity") NewActivity newActivity,
                       BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                commitments.addActivity(id, newActivity);
                redirect.addFlashAttribute("notice", "manage.item-added");
                return "redirect:/manage/commitments/" + id + "#activities";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        CommitmentPage page = commitments.workspace(id);
        model.addAttribute("commitment", page.commitment().text());
        return editView(page, model);
    }

    /** Progress is reported here; with htmx only the activities table is swapped, without it the page reloads. */
    @PostMapping("/commitments/{id}/activities/{activityId}/completed")
    String markActivity(@PathVariable Long id, @PathVariable Long activityId, @RequestParam boolean completed,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                        RedirectAttributes redirect) {
        commitments.setActivityCompleted(id, activityId, completed);
        if (htmx != null) {
            model.addAttribute("page", commitments.workspace(id));
            return "plan/manage/commitment-edit :: activities";
        }
        redirect.addFlashAttribute("notice", "manage.saved");
        return "redirect:/manage/commitments/" + id + "#activities";
    }

    @PostMapping("/commitments/{id}/activities/{activityId}/delete")
    String removeActivity(@PathVariable Long id, @PathVariable Long activityId, RedirectAttributes redirect) {
        commitments.removeActivity(id, activityId);
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/commitments/" + id + "#activities";
    }

    @PostMapping("/commitments/{id}/indicators")
    String addIndicator(@PathVariable Long id, @Valid @ModelAttribute("newIndicator") NewIndicator newIndicator,
                        BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            commitments.addIndicator(id, newIndicator);
            redirect.addFlashAttribute("notice", "manage.item-added");
            return "redirect:/manage/commitments/" + id + "#indicators";
        }
        FormErrors.markUnprocessable(response);
        CommitmentPage page = commitments.workspace(id);
        model.addAttribute("commitment", page.commitment().text());
        return editView(page, model);
    }

    @PostMapping("/commitments/{id}/indicators/{indicatorId}/delete")
    String removeIndicator(@PathVariable Long id, @PathVariable Long indicatorId, RedirectAttributes redirect) {
        commitments.removeIndicator(id, indicatorId);
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/commitments/" + id + "#indicators";
    }

    private String editView(CommitmentPage page, Model model) {
        model.addAttribute("page", page);
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            // Shown afresh, or after a sub-form's error: the main form carries the version it shows.
            EditConflicts.offer(model, page.commitment().text());
        }
        model.addAttribute("plan", page.plan());
        if (!model.containsAttribute("newActivity")) {
            model.addAttribute("newActivity", new NewActivity(null, null, null, null));
        }
        if (!model.containsAttribute("newIndicator")) {
            model.addAttribute("newIndicator", new NewIndicator(null, null, null, null));
        }
        return formView(model, "plan/manage/commitment-edit");
    }

    private static String formView(Model model) {
        return formView(model, "plan/manage/commitment-new");
    }

    private static String formView(Model model, String view) {
        model.addAttribute("pillars", Pillar.values());
        model.addAttribute("ogpValues", OgpValue.values());
        model.addAttribute("completions", Completion.values());
        return view;
    }
}
