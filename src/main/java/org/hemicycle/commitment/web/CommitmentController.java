package org.hemicycle.commitment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.OgpValue;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.Confirmation;
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

/** Drafting the commitments of Annex A: adding one, correcting its text, deleting a draft one. */
@Controller
@RequestMapping("/manage")
class CommitmentController {

    private final PlanPages plans;
    private final CommitmentService commitments;

    CommitmentController(PlanPages plans, CommitmentService commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    @GetMapping("/plans/{planId}/commitments/new")
    String newCommitment(Actor actor, @PathVariable Long planId, Model model) {
        ActionPlan plan = plans.editablePlan(actor, planId);
        if (plan.getPhase().holdsAnnexA()) {
            // Said before the form is filled in, not after.
            throw new PlanRuleViolation(null, "commitment.error.add-after-adoption");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("commitment", new CommitmentText(null, null, null, null, null, null, null, null, null,
                null, EnumSet.noneOf(OgpValue.class), null, null, null, null, null, null, null, null));
        return CommitmentPageModel.choices(model, CommitmentPageModel.NEW_VIEW);
    }

    @PostMapping("/plans/{planId}/commitments")
    String create(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("commitment") CommitmentText commitment,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                // Completion is what the progress updates roll up to, never typed into the form.
                Commitment created = commitments.add(actor, planId, commitment.withCompletion(null));
                redirect.addFlashAttribute("notice", "manage.commitment-added");
                return "redirect:/manage/commitments/" + created.getId();
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        model.addAttribute("plan", plans.editablePlan(actor, planId));
        return CommitmentPageModel.choices(model, CommitmentPageModel.NEW_VIEW);
    }

    @GetMapping("/commitments/{id}")
    String edit(Actor actor, @PathVariable Long id, Model model) {
        return CommitmentPageModel.edit(commitments.workspace(actor, id), model);
    }

    @PostMapping("/commitments/{id}")
    String update(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("commitment") CommitmentText commitment,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
                  HttpServletRequest request) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                commitments.update(actor, id, commitment.withCompletion(null), request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/commitments/" + id;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, commitment, "commitment", request, errors, model, response);
                return CommitmentPageModel.edit(commitments.workspace(actor, id), model);
            }
        }
        FormErrors.markUnprocessable(response);
        return CommitmentPageModel.edit(commitments.workspace(actor, id), model);
    }

    /** Asks first: deleting renumbers the commitments after it, and cannot be undone. */
    @GetMapping("/commitments/{id}/delete")
    String confirmDelete(Actor actor, @PathVariable Long id, Model model) {
        CommitmentPage page = commitments.workspace(actor, id);
        if (page.plan().getPhase().holdsAnnexA()) {
            throw new PlanRuleViolation(null, "commitment.error.delete-adopted");
        }
        Commitment commitment = page.commitment();
        return Confirmation.ask(model, page.plan(), new Confirmation("manage.confirm.commitment", commitment.getNumber(),
                commitment.getTitle(), "manage.commitment.delete-hint", "manage.commitment.delete",
                "/manage/commitments/" + id + "/delete", "/manage/commitments/" + id));
    }

    @PostMapping("/commitments/{id}/delete")
    String delete(Actor actor, @PathVariable Long id, RedirectAttributes redirect) {
        Long planId = commitments.workspace(actor, id).plan().getId();
        try {
            commitments.delete(actor, id);
            redirect.addFlashAttribute("notice", "manage.commitment-deleted");
            return "redirect:/manage/plans/" + planId;
        } catch (PlanRuleViolation violation) {
            redirect.addFlashAttribute("notice", violation.messageKey());
            return "redirect:/manage/commitments/" + id;
        }
    }
}
