package org.hemicycle.cocreation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.cocreation.CoCreationRuleViolation;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingDetails;
import org.hemicycle.cocreation.MeetingPage;
import org.hemicycle.cocreation.MeetingService;
import org.hemicycle.cocreation.MeetingsPage;
import org.hemicycle.cocreation.NewDocument;
import org.hemicycle.site.EditConflicts;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.StaleRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The point of contact schedules meetings, then records what they decided, with their documents. */
@Controller
@RequestMapping("/manage")
class ManageMeetingController {

    private static final String LIST_VIEW = "cocreation/manage/meetings";
    private static final String NEW_VIEW = "cocreation/manage/meeting-new";
    private static final String EDIT_VIEW = "cocreation/manage/meeting";

    private final MeetingService meetings;

    ManageMeetingController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/plans/{planId}/schedule")
    String list(Actor actor, @PathVariable Long planId, Model model) {
        model.addAttribute("page", meetings.workspace(actor, planId));
        return LIST_VIEW;
    }

    @GetMapping("/plans/{planId}/schedule/new")
    String newMeeting(Actor actor, @PathVariable Long planId, Model model) {
        MeetingsPage page = meetings.workspace(actor, planId);
        model.addAttribute("page", page);
        model.addAttribute("meeting", MeetingDetails.blank(page.suggestedTimeZone()));
        return form(model, NEW_VIEW);
    }

    @PostMapping("/plans/{planId}/schedule")
    String schedule(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("meeting") MeetingDetails meeting,
                    BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Meeting scheduled = meetings.schedule(actor, planId, meeting);
                redirect.addFlashAttribute("notice", "cocreation.meeting-scheduled");
                return "redirect:/manage/meetings/" + scheduled.getId();
            } catch (CoCreationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("page", meetings.workspace(actor, planId));
        return form(model, NEW_VIEW);
    }

    @GetMapping("/meetings/{id}")
    String edit(Actor actor, @PathVariable Long id, Model model) {
        return show(meetings.editablePage(actor, id), model);
    }

    @PostMapping("/meetings/{id}")
    String update(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("meeting") MeetingDetails meeting,
                  BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                meetings.update(actor, id, meeting, request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/meetings/" + id;
            } catch (CoCreationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, meeting, "meeting", request, errors, model, response);
                return show(meetings.editablePage(actor, id), model);
            }
        }
        FormErrors.markUnprocessable(response);
        return show(meetings.editablePage(actor, id), model);
    }

    @PostMapping("/meetings/{id}/documents")
    String addDocument(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("newDocument") NewDocument document,
                       BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                meetings.addDocument(actor, id, document);
                redirect.addFlashAttribute("notice", "manage.item-added");
                return "redirect:/manage/meetings/" + id;
            } catch (CoCreationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return show(meetings.editablePage(actor, id), model);
    }

    @PostMapping("/meetings/{id}/documents/{documentId}/delete")
    String removeDocument(Actor actor, @PathVariable Long id, @PathVariable Long documentId, RedirectAttributes redirect) {
        meetings.removeDocument(actor, id, documentId);
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/meetings/" + id;
    }

    private static String show(MeetingPage page, Model model) {
        model.addAttribute("page", page);
        if (!model.containsAttribute("meeting")) {
            model.addAttribute("meeting", page.meeting().details());
        }
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            EditConflicts.offer(model, page.meeting().details());
        }
        if (!model.containsAttribute("newDocument")) {
            model.addAttribute("newDocument", NewDocument.EMPTY);
        }
        return form(model, EDIT_VIEW);
    }

    private static String form(Model model, String view) {
        model.addAttribute("timeZones", MeetingService.timeZones());
        return view;
    }
}
