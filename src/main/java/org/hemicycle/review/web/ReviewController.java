package org.hemicycle.review.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.review.ReviewPage;
import org.hemicycle.review.ReviewService;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.PersonalPage;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's independent review: the public page, where anyone signed in comments while it is open for comment, and its
 * reviewer's workspace, where it is drafted, opened, answered and published.
 */
@Controller
class ReviewController {

    static final String PUBLIC = "/parliaments/{parliament}/plans/{plan}/review";
    static final String MANAGE = "/manage/plans/{planId}/review";

    record CommentForm(@Nullable @Size(max = ReviewService.MAX_COMMENT) String body) {
        static final CommentForm EMPTY = new CommentForm(null);
    }

    record RecommendationsForm(@Nullable @Size(max = ReviewService.MAX_RECOMMENDATIONS) String recommendations, int version) {
    }

    record OpeningForm(@Nullable @NotNull LocalDate commentsCloseOn, int version) {
    }

    record AnswerForm(@Nullable @Size(max = ReviewService.MAX_COMMENT) String answer) {
    }

    record PublishForm(int version) {
    }

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping(PUBLIC)
    String review(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model, HttpServletRequest request) {
        if (actor instanceof HemicycleUser) {
            PersonalPage.mark(request);
        }
        model.addAttribute("page", reviews.page(actor, parliament, plan));
        if (!model.containsAttribute("comment")) {
            model.addAttribute("comment", CommentForm.EMPTY);
        }
        return "review/review";
    }

    @PostMapping(PUBLIC + "/comments")
    String comment(Actor actor, @PathVariable String parliament, @PathVariable String plan,
                   @Valid @ModelAttribute("comment") CommentForm comment, BindingResult errors, Model model,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                reviews.comment(actor, reviews.page(actor, parliament, plan).plan().getId(), comment.body());
                redirect.addFlashAttribute("notice", "review.commented");
                return "redirect:/parliaments/" + parliament + "/plans/" + plan + "/review#comments";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return review(actor, parliament, plan, model, request);
    }

    @GetMapping(MANAGE)
    String workspace(Actor actor, @PathVariable Long planId, Model model) {
        ReviewPage page = reviews.workspace(actor, planId);
        int version = page.review() == null ? 0 : page.review().version();
        model.addAttribute("page", page);
        if (!model.containsAttribute("recommendations")) {
            model.addAttribute("recommendations", new RecommendationsForm(page.review() == null ? null : page.review().recommendations(), version));
        }
        if (!model.containsAttribute("opening")) {
            model.addAttribute("opening", new OpeningForm(LocalDate.now().plusWeeks(3), version));
        }
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", new AnswerForm(null));
        }
        return "review/manage";
    }

    @PostMapping(MANAGE + "/start")
    String start(Actor actor, @PathVariable Long planId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return settle(actor, planId, model, response, redirect, "review.started", () -> reviews.start(actor, planId));
    }

    @PostMapping(MANAGE + "/recommendations")
    String recommendations(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("recommendations") RecommendationsForm form,
                           BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return withForm(actor, planId, errors, model, response, redirect, "review.recommendations-saved",
                () -> reviews.writeRecommendations(actor, planId, form.recommendations(), form.version()));
    }

    @PostMapping(MANAGE + "/open")
    String open(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("opening") OpeningForm form, BindingResult errors,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return withForm(actor, planId, errors, model, response, redirect, "review.opened",
                () -> reviews.openForComment(actor, planId, form.commentsCloseOn(), form.version()));
    }

    @PostMapping(MANAGE + "/publish")
    String publish(Actor actor, @PathVariable Long planId, @ModelAttribute("publishing") PublishForm form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return settle(actor, planId, model, response, redirect, "review.published",
                () -> reviews.publish(actor, planId, form.version()));
    }

    @PostMapping(MANAGE + "/comments/{commentId}/answer")
    String answer(Actor actor, @PathVariable Long planId, @PathVariable Long commentId,
                  @Valid @ModelAttribute("answer") AnswerForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return withForm(actor, planId, errors, model, response, redirect, "review.answered",
                () -> reviews.answer(actor, planId, commentId, form.answer()));
    }

    private String withForm(Actor actor, Long planId, BindingResult errors, Model model, HttpServletResponse response,
                            RedirectAttributes redirect, String done, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("notice", done);
                return "redirect:/manage/plans/" + planId + "/review";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return workspace(actor, planId, model);
    }

    /** A refusal with no field to stand beside: said at the top of the workspace. */
    private String settle(Actor actor, Long planId, Model model, HttpServletResponse response, RedirectAttributes redirect,
                          String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
            return "redirect:/manage/plans/" + planId + "/review";
        } catch (PlanRuleViolation violation) {
            model.addAttribute("refusal", violation.messageKey());
            model.addAttribute("refusalArguments", violation.arguments());
            FormErrors.markUnprocessable(response);
            return workspace(actor, planId, model);
        }
    }
}
