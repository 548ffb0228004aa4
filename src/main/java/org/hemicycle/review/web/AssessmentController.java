package org.hemicycle.review.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.commitment.Irm;
import org.hemicycle.plan.Completion;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.review.AssessingPage;
import org.hemicycle.review.AssessmentForm;
import org.hemicycle.review.ReviewService;
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

/** One of a commitment's three assessments, given by its source: the parliament, civil society or the reviewer. */
@Controller
@RequestMapping("/manage/commitments/{commitmentId}/assessments/{source:self|civil-society|independent}")
class AssessmentController {

    private final ReviewService reviews;

    AssessmentController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    String form(Actor actor, @PathVariable Long commitmentId, @PathVariable String source, Model model) {
        AssessingPage page = reviews.assessing(actor, commitmentId, sourceOf(source));
        AssessmentForm current = AssessmentForm.of(page.current());
        if (!model.containsAttribute("assessment")) {
            model.addAttribute("assessment", current);
        }
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            EditConflicts.offer(model, current);
        }
        model.addAttribute("page", page);
        model.addAttribute("sourcePath", source);
        model.addAttribute("specificities", Irm.Specificity.values());
        model.addAttribute("values", Irm.Value.values());
        model.addAttribute("impacts", Irm.PotentialImpact.values());
        model.addAttribute("results", Irm.PotentialForResults.values());
        model.addAttribute("completions", Completion.values());
        model.addAttribute("openings", Irm.OpenedGovernment.values());
        model.addAttribute("earlyResults", Irm.EarlyResults.values());
        return "review/assess";
    }

    @PostMapping
    String assess(Actor actor, @PathVariable Long commitmentId, @PathVariable String source,
                  @Valid @ModelAttribute("assessment") AssessmentForm assessment, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                reviews.assess(actor, commitmentId, sourceOf(source), assessment, request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "assessment.saved");
                return "redirect:/manage/commitments/" + commitmentId + "/assessments/" + source;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, assessment, "assessment", request, errors, model, response);
                return form(actor, commitmentId, source, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return form(actor, commitmentId, source, model);
    }

    static AssessmentSource sourceOf(String path) {
        try {
            return AssessmentSource.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new PlanNotFound();
        }
    }

    static String pathOf(AssessmentSource source) {
        return source.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
