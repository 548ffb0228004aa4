package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.plan.*;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists some steps keep: the lead body's members (2), the selected organizations (4), the meetings (5). */
@Controller
@RequestMapping("/manage/plans/{id}")
class PlanStepListsController {

    private final PlanService plans;
    private final StepPageModel stepPages;

    PlanStepListsController(PlanService plans, StepPageModel stepPages) {
        this.plans = plans;
        this.stepPages = stepPages;
    }

    @PostMapping("/members")
    String addMember(@PathVariable Long id, @Valid @ModelAttribute("newMember") NewMember newMember,
                     BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return addToList(id, StepPage.LEAD_BODY, errors, model, response, redirect, () -> plans.addMember(id, newMember));
    }

    @PostMapping("/members/{memberId}/delete")
    String removeMember(@PathVariable Long id, @PathVariable Long memberId, RedirectAttributes redirect) {
        plans.removeMember(id, memberId);
        return removed(id, StepPage.LEAD_BODY, redirect);
    }

    @PostMapping("/organizations")
    String addOrganization(@PathVariable Long id, @Valid @ModelAttribute("newOrganization") NewOrganization newOrganization,
                           BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return addToList(id, StepPage.CIVIL_SOCIETY, errors, model, response, redirect,
                () -> plans.addOrganization(id, newOrganization));
    }

    @PostMapping("/organizations/{organizationId}/delete")
    String removeOrganization(@PathVariable Long id, @PathVariable Long organizationId, RedirectAttributes redirect) {
        plans.removeOrganization(id, organizationId);
        return removed(id, StepPage.CIVIL_SOCIETY, redirect);
    }

    @PostMapping("/meetings")
    String addMeeting(@PathVariable Long id, @Valid @ModelAttribute("newMeeting") NewMeeting newMeeting,
                      BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return addToList(id, StepPage.CO_CREATION, errors, model, response, redirect, () -> plans.addMeeting(id, newMeeting));
    }

    @PostMapping("/meetings/{meetingId}/delete")
    String removeMeeting(@PathVariable Long id, @PathVariable Long meetingId, RedirectAttributes redirect) {
        plans.removeMeeting(id, meetingId);
        return removed(id, StepPage.CO_CREATION, redirect);
    }

    private String addToList(Long id, StepPage page, BindingResult errors, Model model, HttpServletResponse response,
                             RedirectAttributes redirect, Runnable add) {
        if (!errors.hasErrors()) {
            add.run();
            redirect.addFlashAttribute("notice", "manage.item-added");
            return "redirect:/manage/plans/" + id + "/steps/" + page.slug() + listAnchor(page);
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("step", page.currentRecord(plans.editablePlan(id)));
        return stepPages.render(id, page, model);
    }

    private String removed(Long id, StepPage page, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/plans/" + id + "/steps/" + page.slug() + listAnchor(page);
    }

    /** Back to the list that changed, not to the top of the step's page. */
    private static String listAnchor(StepPage page) {
        return switch (page) {
            case LEAD_BODY -> "#members";
            case CIVIL_SOCIETY -> "#organizations";
            case CO_CREATION -> "#meetings";
            default -> "";
        };
    }
}
