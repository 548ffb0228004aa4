package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.plan.*;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting an activity or an indicator of a commitment after it was added. */
@Controller
@RequestMapping("/manage/commitments/{id}")
class ManageActivityController {

    private final CommitmentService commitments;

    ManageActivityController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @GetMapping("/activities/{activityId}")
    String editActivity(@PathVariable Long id, @PathVariable Long activityId, Model model) {
        NewActivity current = commitments.activity(id, activityId).text();
        model.addAttribute("newActivity", current);
        EditConflicts.offer(model, current);
        return activityView(id, activityId, model);
    }

    @PostMapping("/activities/{activityId}")
    String updateActivity(@PathVariable Long id, @PathVariable Long activityId,
                          @Valid @ModelAttribute("newActivity") NewActivity newActivity, BindingResult errors,
                          Model model, HttpServletResponse response, RedirectAttributes redirect,
                          HttpServletRequest request) {
        EditConflicts.keep(model, request);
        String version = request.getParameter(EditConflicts.VERSION_PARAMETER);
        if (!errors.hasErrors()) {
            try {
                commitments.updateActivity(id, activityId, newActivity, version);
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/commitments/" + id + "#activities";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, newActivity, "newActivity", request, errors, model, response);
                return activityView(id, activityId, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return activityView(id, activityId, model);
    }

    @GetMapping("/indicators/{indicatorId}")
    String editIndicator(@PathVariable Long id, @PathVariable Long indicatorId, Model model) {
        NewIndicator current = commitments.indicator(id, indicatorId).text();
        model.addAttribute("newIndicator", current);
        EditConflicts.offer(model, current);
        return indicatorView(id, indicatorId, model);
    }

    @PostMapping("/indicators/{indicatorId}")
    String updateIndicator(@PathVariable Long id, @PathVariable Long indicatorId,
                           @Valid @ModelAttribute("newIndicator") NewIndicator newIndicator, BindingResult errors,
                           Model model, HttpServletResponse response, RedirectAttributes redirect,
                           HttpServletRequest request) {
        EditConflicts.keep(model, request);
        String version = request.getParameter(EditConflicts.VERSION_PARAMETER);
        if (!errors.hasErrors()) {
            try {
                commitments.updateIndicator(id, indicatorId, newIndicator, version);
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/commitments/" + id + "#indicators";
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, newIndicator, "newIndicator", request, errors, model, response);
                return indicatorView(id, indicatorId, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return indicatorView(id, indicatorId, model);
    }

    private String activityView(Long id, Long activityId, Model model) {
        model.addAttribute("page", commitments.workspace(id));
        model.addAttribute("activityId", activityId);
        return "plan/manage/activity-edit";
    }

    private String indicatorView(Long id, Long indicatorId, Model model) {
        model.addAttribute("page", commitments.workspace(id));
        model.addAttribute("indicatorId", indicatorId);
        return "plan/manage/indicator-edit";
    }
}
