package org.hemicycle.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.CommitmentPart;
import org.hemicycle.consultation.ConsultationNotFound;
import org.hemicycle.consultation.ConsultationRuleViolation;
import org.hemicycle.consultation.DraftCommentService;
import org.hemicycle.consultation.NewComment;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.PersonalPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A part of a draft commitment under consultation, with the comments on it: {@code …/commitments/2/issue}, or
 * {@code …/commitments/2/activity/17} for one activity.
 */
@Controller
@RequestMapping("/parliaments/{parliament}/plans/{plan}/consultations/{id}/commitments/{number:\\d{1,2}}")
class DraftCommentController {

    private static final String VIEW = "consultation/draft-part";

    private final DraftCommentService drafts;

    DraftCommentController(DraftCommentService drafts) {
        this.drafts = drafts;
    }

    @GetMapping({"/{part:issue|description|justification}", "/{part:activity|indicator}/{itemId:\\d{1,18}}"})
    String part(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                @PathVariable int number, @PathVariable String part, @PathVariable(required = false) @Nullable Long itemId,
                @RequestParam(name = "page", defaultValue = "1") int commentPage, Model model, HttpServletRequest request) {
        if (actor instanceof HemicycleUser) {
            // "Changed since your comment" is for its author's eyes only: not a page a shared cache keeps.
            PersonalPage.mark(request);
        }
        model.addAttribute("page", drafts.part(actor, parliament, plan, id, number, partOf(part), itemId, commentPage));
        if (!model.containsAttribute("newComment")) {
            model.addAttribute("newComment", NewComment.EMPTY);
        }
        return VIEW;
    }

    @PostMapping({"/{part:issue|description|justification}", "/{part:activity|indicator}/{itemId:\\d{1,18}}"})
    String comment(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                   @PathVariable int number, @PathVariable String part, @PathVariable(required = false) @Nullable Long itemId,
                   @Valid @ModelAttribute("newComment") NewComment newComment, BindingResult errors, Model model,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CommitmentPart commented = partOf(part);
        if (!errors.hasErrors()) {
            try {
                var saved = drafts.comment(actor, parliament, plan, id, number, commented, itemId, newComment,
                        request.getParameter("seen"));
                redirect.addFlashAttribute("notice", "consultation.draft.commented");
                return "redirect:" + drafts.addressOf("/parliaments/" + parliament + "/plans/" + plan + "/consultations/" + id,
                        number, saved);
            } catch (ConsultationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return part(actor, parliament, plan, id, number, part, itemId, 1, model, request);
    }

    private static CommitmentPart partOf(String path) {
        return CommitmentPart.ofPath(path).orElseThrow(ConsultationNotFound::new);
    }
}
