package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Consumer;
import org.hemicycle.account.Actor;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.site.EditConflicts;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.StaleRecord;
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

    private final PlanPages pages;
    private final PlanCycle cycle;
    private final StepPageModel stepPages;

    PlanStepController(PlanPages pages, PlanCycle cycle, StepPageModel stepPages) {
        this.pages = pages;
        this.cycle = cycle;
        this.stepPages = stepPages;
    }

    @GetMapping("/steps/{step}")
    String show(Actor actor, @PathVariable Long id, @PathVariable String step, Model model) {
        ActionPlan plan = pages.editablePlan(actor, id);
        StepPage page = StepPage.bySlug(step);
        model.addAttribute("step", page.currentRecord(plan));
        return stepPages.render(actor, id, page, model);
    }

    @PostMapping("/steps/political-will")
    String politicalWill(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") PoliticalWill step, BindingResult errors,
                         Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.POLITICAL_WILL, step, request, errors, model, response, redirect, seen -> cycle.record(actor, id, step, seen));
    }

    @PostMapping("/steps/lead-body")
    String leadBody(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") LeadBody step, BindingResult errors,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.LEAD_BODY, step, request, errors, model, response, redirect, seen -> cycle.record(actor, id, step, seen));
    }

    @PostMapping("/steps/point-of-contact")
    String pointOfContact(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") PointOfContact step,
                          BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.POINT_OF_CONTACT, step, request, errors, model, response, redirect, seen -> cycle.record(actor, id, step, seen));
    }

    @PostMapping("/steps/civil-society")
    String civilSociety(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") CivilSocietyEngagement step,
                        BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.CIVIL_SOCIETY, step, request, errors, model, response, redirect, seen -> cycle.record(actor, id, step, seen));
    }

    @PostMapping("/steps/co-creation")
    String coCreation(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") CoCreationDesign step, BindingResult errors,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.CO_CREATION, step, request, errors, model, response, redirect, seen -> cycle.record(actor, id, step, seen));
    }

    @PostMapping("/steps/adoption")
    String adoption(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") Adoption step, BindingResult errors,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.ADOPTION, step, request, errors, model, response, redirect, seen -> cycle.record(actor, id, step, seen));
    }

    @PostMapping("/steps/implementation")
    String implementation(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") Narrative step, BindingResult errors,
                          Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.IMPLEMENTATION, step, request, errors, model, response, redirect, seen -> cycle.recordImplementation(actor, id, step, seen));
    }

    @PostMapping("/steps/monitoring")
    String monitoring(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") Narrative step, BindingResult errors,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.MONITORING, step, request, errors, model, response, redirect, seen -> cycle.recordMonitoring(actor, id, step, seen));
    }

    @PostMapping("/steps/renewal")
    String renewal(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("step") Narrative step, BindingResult errors,
                   Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        return save(actor, id, StepPage.RENEWAL, step, request, errors, model, response, redirect, seen -> cycle.recordLessons(actor, id, step, seen));
    }

    private String save(Actor actor, Long id, StepPage page, Record step, HttpServletRequest request, BindingResult errors, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, Consumer<String> record) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                record.accept(request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.step-saved");
                return "redirect:/manage/plans/" + id;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, step, "step", request, errors, model, response);
                return stepPages.render(actor, id, page, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return stepPages.render(actor, id, page, model);
    }
}
