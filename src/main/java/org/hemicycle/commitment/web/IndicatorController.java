package org.hemicycle.commitment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.Indicator;
import org.hemicycle.commitment.NewIndicator;
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

/** A commitment's indicators: adding, correcting, removing. */
@Controller
@RequestMapping("/manage/commitments/{id}/indicators")
class IndicatorController {

    private final CommitmentService commitments;

    IndicatorController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @PostMapping
    String add(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("newIndicator") NewIndicator newIndicator,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                commitments.addIndicator(actor, id, newIndicator);
                redirect.addFlashAttribute("notice", "manage.item-added");
                return "redirect:/manage/commitments/" + id + "#indicators";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return CommitmentPageModel.edit(commitments.workspace(actor, id), model);
    }

    @GetMapping("/{indicatorId}")
    String edit(Actor actor, @PathVariable Long id, @PathVariable Long indicatorId, Model model) {
        NewIndicator current = commitments.indicator(actor, id, indicatorId).text();
        model.addAttribute("newIndicator", current);
        EditConflicts.offer(model, current);
        return view(actor, id, indicatorId, model);
    }

    @PostMapping("/{indicatorId}")
    String update(Actor actor, @PathVariable Long id, @PathVariable Long indicatorId,
                  @Valid @ModelAttribute("newIndicator") NewIndicator newIndicator, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, HttpServletRequest request) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                commitments.updateIndicator(actor, id, indicatorId, newIndicator,
                        request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/commitments/" + id + "#indicators";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, newIndicator, "newIndicator", request, errors, model, response);
                return view(actor, id, indicatorId, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return view(actor, id, indicatorId, model);
    }

    @GetMapping("/{indicatorId}/delete")
    String confirmRemove(Actor actor, @PathVariable Long id, @PathVariable Long indicatorId, Model model) {
        Indicator indicator = commitments.indicator(actor, id, indicatorId);
        return Confirmation.ask(model, commitments.workspace(actor, id).plan(), Confirmation.fromList(
                "manage.confirm.indicator", indicator.getName(),
                "/manage/commitments/" + id + "/indicators/" + indicatorId + "/delete",
                "/manage/commitments/" + id + "#indicators"));
    }

    @PostMapping("/{indicatorId}/delete")
    String remove(Actor actor, @PathVariable Long id, @PathVariable Long indicatorId, RedirectAttributes redirect) {
        commitments.removeIndicator(actor, id, indicatorId);
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/commitments/" + id + "#indicators";
    }

    private String view(Actor actor, Long id, Long indicatorId, Model model) {
        model.addAttribute("page", commitments.workspace(actor, id));
        return CommitmentPageModel.editWork(model, "indicator", "indicators", "newIndicator", indicatorId);
    }
}
