package org.hemicycle.plan.web;

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
        model.addAttribute("newActivity", commitments.activity(id, activityId).text());
        return activityView(id, activityId, model);
    }

    @PostMapping("/activities/{activityId}")
    String updateActivity(@PathVariable Long id, @PathVariable Long activityId,
                          @Valid @ModelAttribute("newActivity") NewActivity newActivity, BindingResult errors,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                commitments.updateActivity(id, activityId, newActivity);
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/commitments/" + id + "#activities";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return activityView(id, activityId, model);
    }

    @GetMapping("/indicators/{indicatorId}")
    String editIndicator(@PathVariable Long id, @PathVariable Long indicatorId, Model model) {
        model.addAttribute("newIndicator", commitments.indicator(id, indicatorId).text());
        return indicatorView(id, indicatorId, model);
    }

    @PostMapping("/indicators/{indicatorId}")
    String updateIndicator(@PathVariable Long id, @PathVariable Long indicatorId,
                           @Valid @ModelAttribute("newIndicator") NewIndicator newIndicator, BindingResult errors,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            commitments.updateIndicator(id, indicatorId, newIndicator);
            redirect.addFlashAttribute("notice", "manage.saved");
            return "redirect:/manage/commitments/" + id + "#indicators";
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
