package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.plan.*;
import org.hemicycle.site.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lists some steps keep: the lead body's members (2), the selected organizations (4), the meetings (5). */
@Controller
@RequestMapping("/manage/plans/{id}")
class PlanStepListsController {

    private final PlanPages pages;
    private final PlanStepLists lists;
    private final StepPageModel stepPages;

    PlanStepListsController(PlanPages pages, PlanStepLists lists, StepPageModel stepPages) {
        this.pages = pages;
        this.lists = lists;
        this.stepPages = stepPages;
    }

    @PostMapping("/members")
    String addMember(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("newMember") NewMember newMember,
                     BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return addToList(actor, id, StepPage.LEAD_BODY, errors, model, response, redirect, () -> lists.addMember(actor, id, newMember));
    }

    @PostMapping("/members/{memberId}/delete")
    String removeMember(Actor actor, @PathVariable Long id, @PathVariable Long memberId, RedirectAttributes redirect) {
        lists.removeMember(actor, id, memberId);
        return removed(id, StepPage.LEAD_BODY, redirect);
    }

    @PostMapping("/organizations")
    String addOrganization(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("newOrganization") NewOrganization newOrganization,
                           BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return addToList(actor, id, StepPage.CIVIL_SOCIETY, errors, model, response, redirect,
                () -> lists.addOrganization(actor, id, newOrganization));
    }

    @PostMapping("/organizations/{organizationId}/delete")
    String removeOrganization(Actor actor, @PathVariable Long id, @PathVariable Long organizationId, RedirectAttributes redirect) {
        lists.removeOrganization(actor, id, organizationId);
        return removed(id, StepPage.CIVIL_SOCIETY, redirect);
    }

    @PostMapping("/meetings")
    String addMeeting(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("newMeeting") NewMeeting newMeeting,
                      BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return addToList(actor, id, StepPage.CO_CREATION, errors, model, response, redirect, () -> lists.addMeeting(actor, id, newMeeting));
    }

    @PostMapping("/meetings/{meetingId}/delete")
    String removeMeeting(Actor actor, @PathVariable Long id, @PathVariable Long meetingId, RedirectAttributes redirect) {
        lists.removeMeeting(actor, id, meetingId);
        return removed(id, StepPage.CO_CREATION, redirect);
    }

    private String addToList(Actor actor, Long id, StepPage page, BindingResult errors, Model model, HttpServletResponse response,
                             RedirectAttributes redirect, Runnable add) {
        if (!errors.hasErrors()) {
            add.run();
            redirect.addFlashAttribute("notice", "manage.item-added");
            return "redirect:/manage/plans/" + id + "/steps/" + page.slug() + listAnchor(page);
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("step", page.currentRecord(pages.editablePlan(actor, id)));
        return stepPages.render(actor, id, page, model);
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
