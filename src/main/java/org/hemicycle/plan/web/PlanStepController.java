package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording what each step of the cycle decided. Step 6 (drafting) is the commitments themselves,
 * managed on the workspace page.
 */
@Controller
@RequestMapping("/manage/plans/{id}")
class PlanStepController {

    private final PlanService plans;
    private final ParliamentService parliaments;

    PlanStepController(PlanService plans, ParliamentService parliaments) {
        this.plans = plans;
        this.parliaments = parliaments;
    }

    @GetMapping("/steps/{step}")
    String show(@PathVariable Long id, @PathVariable String step, Model model) {
        ActionPlan plan = plans.editablePlan(id);
        StepPage page = StepPage.bySlug(step);
        model.addAttribute("step", page.currentRecord(plan));
        return render(id, page, model);
    }

    @PostMapping("/steps/political-will")
    String politicalWill(@PathVariable Long id, @Valid @ModelAttribute("step") PoliticalWill step, BindingResult errors,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.POLITICAL_WILL, errors, model, response, redirect, () -> plans.record(id, step));
    }

    @PostMapping("/steps/lead-body")
    String leadBody(@PathVariable Long id, @Valid @ModelAttribute("step") LeadBody step, BindingResult errors,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.LEAD_BODY, errors, model, response, redirect, () -> plans.record(id, step));
    }

    @PostMapping("/steps/point-of-contact")
    String pointOfContact(@PathVariable Long id, @Valid @ModelAttribute("step") PointOfContact step,
                          BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.POINT_OF_CONTACT, errors, model, response, redirect, () -> plans.record(id, step));
    }

    @PostMapping("/steps/civil-society")
    String civilSociety(@PathVariable Long id, @Valid @ModelAttribute("step") CivilSocietyEngagement step,
                        BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.CIVIL_SOCIETY, errors, model, response, redirect, () -> plans.record(id, step));
    }

    @PostMapping("/steps/co-creation")
    String coCreation(@PathVariable Long id, @Valid @ModelAttribute("step") CoCreationDesign step, BindingResult errors,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.CO_CREATION, errors, model, response, redirect, () -> plans.record(id, step));
    }

    @PostMapping("/steps/adoption")
    String adoption(@PathVariable Long id, @Valid @ModelAttribute("step") Adoption step, BindingResult errors,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.ADOPTION, errors, model, response, redirect, () -> plans.record(id, step));
    }

    @PostMapping("/steps/implementation")
    String implementation(@PathVariable Long id, @Valid @ModelAttribute("step") Narrative step, BindingResult errors,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.IMPLEMENTATION, errors, model, response, redirect,
                () -> plans.recordImplementation(id, step));
    }

    @PostMapping("/steps/monitoring")
    String monitoring(@PathVariable Long id, @Valid @ModelAttribute("step") Narrative step, BindingResult errors,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.MONITORING, errors, model, response, redirect, () -> plans.recordMonitoring(id, step));
    }

    @PostMapping("/steps/renewal")
    String renewal(@PathVariable Long id, @Valid @ModelAttribute("step") Narrative step, BindingResult errors,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(id, StepPage.RENEWAL, errors, model, response, redirect, () -> plans.recordLessons(id, step));
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

    private String save(Long id, StepPage page, BindingResult errors, Model model, HttpServletResponse response,
                        RedirectAttributes redirect, Runnable record) {
        if (!errors.hasErrors()) {
            try {
                record.run();
                redirect.addFlashAttribute("notice", "manage.step-saved");
                return "redirect:/manage/plans/" + id;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return render(id, page, model);
    }

    private String addToList(Long id, StepPage page, BindingResult errors, Model model, HttpServletResponse response,
                             RedirectAttributes redirect, Runnable add) {
        if (!errors.hasErrors()) {
            add.run();
            redirect.addFlashAttribute("notice", "manage.item-added");
            return "redirect:/manage/plans/" + id + "/steps/" + page.slug();
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("step", page.currentRecord(plans.editablePlan(id)));
        return render(id, page, model);
    }

    private String removed(Long id, StepPage page, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/plans/" + id + "/steps/" + page.slug();
    }

    private String render(Long id, StepPage page, Model model) {
        ActionPlan plan = plans.editablePlan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("stepPage", page);
        model.addAttribute("parliament", parliaments.byId(plan.getParliamentId()));
        switch (page) {
            case POLITICAL_WILL -> model.addAttribute("chambers", parliaments.chambersOf(plan.getParliamentId()));
            case LEAD_BODY -> {
                model.addAttribute("members", plans.membersOf(id));
                addIfAbsent(model, "newMember", new NewMember(null, null, null));
                model.addAttribute("mechanisms", AuthorizationMechanism.values());
            }
            case CIVIL_SOCIETY -> {
                model.addAttribute("organizations", plans.organizationsOf(id));
                addIfAbsent(model, "newOrganization", new NewOrganization(null, null, null, false));
                model.addAttribute("sectors", OrganizationSector.values());
            }
            case CO_CREATION -> {
                model.addAttribute("meetings", plans.meetingsOf(id));
                addIfAbsent(model, "newMeeting", new NewMeeting(null, null, null, null));
                model.addAttribute("formats", MeetingFormat.values());
            }
            case ADOPTION -> model.addAttribute("mechanisms", AuthorizationMechanism.values());
            default -> { }
        }
        return page.template();
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
