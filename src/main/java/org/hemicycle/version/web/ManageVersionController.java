package org.hemicycle.version.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hemicycle.account.Actor;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.FormErrors;
import org.hemicycle.version.VersionKind;
import org.hemicycle.version.VersionService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan team saves drafts before adoption, and opens and records amendments after it. */
@Controller
@RequestMapping("/manage/plans/{planId}")
class ManageVersionController {

    record DraftForm(@Nullable @NotNull VersionKind kind, @Nullable @Size(max = VersionService.MAX_LABEL) String label) {
    }

    record AmendmentForm(@Nullable @NotBlank @Size(max = VersionService.MAX_REASON) String reason) {
    }

    private final VersionService versions;

    ManageVersionController(VersionService versions) {
        this.versions = versions;
    }

    @GetMapping("/versions")
    String workspace(Actor actor, @PathVariable Long planId, Model model) {
        model.addAttribute("page", versions.workspace(actor, planId));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new DraftForm(VersionKind.DRAFT_FOR_CONSULTATION, null));
        }
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", new AmendmentForm(null));
        }
        return "version/manage";
    }

    @PostMapping("/versions")
    String take(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("draft") DraftForm draft,
                BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                versions.take(actor, planId, draft.kind(), draft.label());
                redirect.addFlashAttribute("notice", "version.saved");
                return "redirect:/manage/plans/" + planId + "/versions";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return workspace(actor, planId, model);
    }

    @PostMapping("/amendment")
    String open(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("amendment") AmendmentForm amendment,
                BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                versions.openAmendment(actor, planId, amendment.reason());
                redirect.addFlashAttribute("notice", "version.amendment-opened");
                return "redirect:/manage/plans/" + planId + "/versions";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return workspace(actor, planId, model);
    }

    @PostMapping("/amendment/record")
    String record(Actor actor, @PathVariable Long planId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return settle(actor, planId, model, response, redirect, "version.amendment-recorded",
                () -> versions.recordAmendment(actor, planId));
    }

    @PostMapping("/amendment/cancel")
    String cancel(Actor actor, @PathVariable Long planId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return settle(actor, planId, model, response, redirect, "version.amendment-cancelled",
                () -> versions.cancelAmendment(actor, planId));
    }

    /** A refusal here has no field to stand beside: the page says it at the top, answered as unprocessable. */
    private String settle(Actor actor, Long planId, Model model, HttpServletResponse response, RedirectAttributes redirect,
                          String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
            return "redirect:/manage/plans/" + planId + "/versions";
        } catch (PlanRuleViolation violation) {
            model.addAttribute("refusal", violation.messageKey());
            FormErrors.markUnprocessable(response);
            return workspace(actor, planId, model);
        }
    }
}
