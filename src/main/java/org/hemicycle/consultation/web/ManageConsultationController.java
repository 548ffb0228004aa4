package org.hemicycle.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.consultation.Consultation;
import org.hemicycle.consultation.ConsultationDetails;
import org.hemicycle.consultation.ConsultationRuleViolation;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.ConsultationsPage;
import org.hemicycle.site.EditConflicts;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.StaleRecord;
import org.hemicycle.site.TimeZones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The point of contact opens consultations, with their dates and timeline, and corrects them. */
@Controller
@RequestMapping("/manage")
class ManageConsultationController {

    private final ConsultationService consultations;

    ManageConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/plans/{planId}/consultations")
    String list(Actor actor, @PathVariable Long planId, Model model) {
        ConsultationsPage page = consultations.workspace(actor, planId);
        model.addAttribute("page", page);
        if (!model.containsAttribute("consultation")) {
            model.addAttribute("consultation", ConsultationDetails.blank(page.suggestedTimeZone()));
        }
        model.addAttribute("timeZones", TimeZones.OFFERED);
        model.addAttribute("commitments", consultations.commitmentsToConsult(actor, planId));
        return "consultation/manage/consultations";
    }

    @PostMapping("/plans/{planId}/consultations")
    String open(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("consultation") ConsultationDetails details,
                BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Consultation opened = consultations.open(actor, planId, details);
                redirect.addFlashAttribute("notice", "consultation.opened." + opened.stateAt(java.time.Instant.now()));
                return "redirect:/manage/consultations/" + opened.getId();
            } catch (ConsultationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return list(actor, planId, model);
    }

    @GetMapping("/consultations/{id}")
    String edit(Actor actor, @PathVariable Long id, Model model) {
        Consultation consultation = consultations.editable(actor, id);
        if (!model.containsAttribute("consultation")) {
            model.addAttribute("consultation", consultation.details());
        }
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            EditConflicts.offer(model, consultation.details());
        }
        model.addAttribute("current", consultation);
        model.addAttribute("timeZones", TimeZones.OFFERED);
        model.addAttribute("commitments", consultations.commitmentsToConsult(actor, consultation.getPlanId()));
        return "consultation/manage/consultation";
    }

    @PostMapping("/consultations/{id}")
    String update(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("consultation") ConsultationDetails details,
                  BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                consultations.update(actor, id, details, request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/consultations/" + id;
            } catch (ConsultationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, details, "consultation", request, errors, model, response);
                return edit(actor, id, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return edit(actor, id, model);
    }
}
