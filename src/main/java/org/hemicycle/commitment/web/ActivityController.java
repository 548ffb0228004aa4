package org.hemicycle.commitment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.Confirmation;
import org.hemicycle.site.EditConflicts;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.StaleRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A commitment's activities: adding, correcting, reporting progress, removing. */
@Controller
@RequestMapping("/manage/commitments/{id}/activities")
class ActivityController {

    private final CommitmentService commitments;

    ActivityController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @PostMapping
    String add(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("newActivity") NewActivity newActivity,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                commitments.addActivity(actor, id, newActivity);
                redirect.addFlashAttribute("notice", "manage.item-added");
                return "redirect:/manage/commitments/" + id + "#activities";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return CommitmentPageModel.edit(commitments.workspace(actor, id), model);
    }

    @GetMapping("/{activityId}")
    String edit(Actor actor, @PathVariable Long id, @PathVariable Long activityId, Model model) {
        NewActivity current = commitments.activity(actor, id, activityId).text();
        model.addAttribute("newActivity", current);
        EditConflicts.offer(model, current);
        return view(actor, id, activityId, model);
    }

    @PostMapping("/{activityId}")
    String update(Actor actor, @PathVariable Long id, @PathVariable Long activityId,
                  @Valid @ModelAttribute("newActivity") NewActivity newActivity, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                commitments.updateActivity(actor, id, activityId, newActivity,
                        request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/commitments/" + id + "#activities";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, newActivity, "newActivity", request, errors, model, response);
                return view(actor, id, activityId, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return view(actor, id, activityId, model);
    }

    /** Progress is reported here; with htmx only the activities table is swapped, without it the page reloads. */
    @PostMapping("/{activityId}/completed")
    String markCompleted(Actor actor, @PathVariable Long id, @PathVariable Long activityId, @RequestParam boolean completed,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                         RedirectAttributes redirect) {
        commitments.setActivityCompleted(actor, id, activityId, completed);
        if (htmx != null) {
            model.addAttribute("page", commitments.workspace(actor, id));
            return CommitmentPageModel.ACTIVITIES_VIEW;
        }
        redirect.addFlashAttribute("notice", "manage.saved");
        return "redirect:/manage/commitments/" + id + "#activities";
    }

    @GetMapping("/{activityId}/delete")
    String confirmRemove(Actor actor, @PathVariable Long id, @PathVariable Long activityId, Model model) {
        Activity activity = commitments.activity(actor, id, activityId);
        return Confirmation.ask(model, commitments.workspace(actor, id).plan(), Confirmation.fromList(
                "manage.confirm.activity", activity.getDescription(),
                "/manage/commitments/" + id + "/activities/" + activityId + "/delete",
                "/manage/commitments/" + id + "#activities"));
    }

    @PostMapping("/{activityId}/delete")
    String remove(Actor actor, @PathVariable Long id, @PathVariable Long activityId, RedirectAttributes redirect) {
        commitments.removeActivity(actor, id, activityId);
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/commitments/" + id + "#activities";
    }

    private String view(Actor actor, Long id, Long activityId, Model model) {
        model.addAttribute("page", commitments.workspace(actor, id));
        return CommitmentPageModel.editWork(model, "activity", "activities", "newActivity", activityId);
    }
}
