package org.hemicycle.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.consultation.CommentOfIdea;
import org.hemicycle.consultation.ConsultationRuleViolation;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.Similar;
import org.hemicycle.consultation.NewComment;
import org.hemicycle.consultation.NewIdea;
import org.hemicycle.plan.Pillar;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.PersonalPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's consultations as the public reads them; submitting and supporting ideas while one is open. */
@Controller
@RequestMapping("/parliaments/{parliament}/plans/{plan}/consultations")
class PublicConsultationController {

    private static final String VIEW = "consultation/consultation";
    /** The parameter of the page a support comes back to, which says it is counted. */
    private static final String SUPPORTED = "supported";

    private final ConsultationService consultations;

    PublicConsultationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping
    String list(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("page", consultations.list(actor, parliament, plan));
        return "consultation/consultations";
    }

    @GetMapping("/{id}")
    String consultation(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                        @RequestParam(name = "page", defaultValue = "1") int pageNumber, Model model, HttpServletRequest request) {
        return show(actor, parliament, plan, id, pageNumber, model, request);
    }

    @GetMapping("/{id}/ideas/{ideaId}")
    String idea(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                @PathVariable Long ideaId, @RequestParam(name = "page", defaultValue = "1") int commentPage, Model model,
                HttpServletRequest request) {
        if (actor instanceof HemicycleUser) {
            PersonalPage.mark(request);
        }
        model.addAttribute("page", consultations.idea(actor, parliament, plan, id, ideaId, commentPage));
        if (!model.containsAttribute("newComment")) {
            model.addAttribute("newComment", NewComment.EMPTY);
        }
        return "consultation/idea";
    }

    /** A comment is read in its idea's thread. */
    @ExceptionHandler(CommentOfIdea.class)
    String commentOfIdea(CommentOfIdea comment) {
        return "redirect:" + comment.location();
    }

    @PostMapping("/{id}/ideas/{ideaId}/comments")
    String comment(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                   @PathVariable Long ideaId, @Valid @ModelAttribute("newComment") NewComment newComment, BindingResult errors,
                   Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var saved = consultations.comment(actor, id, ideaId, newComment);
                redirect.addFlashAttribute("notice", "consultation.comment.published");
                return "redirect:" + path(parliament, plan, id) + "/ideas/" + ideaId + consultations.commentAnchor(saved);
            } catch (ConsultationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return idea(actor, parliament, plan, id, ideaId, 1, model, request);
    }

    @PostMapping("/{id}/ideas")
    String submit(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                  @Valid @ModelAttribute("newIdea") NewIdea newIdea, BindingResult errors,
                  @RequestParam(name = "seenSimilar", defaultValue = "false") boolean seenSimilar, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                // Before saving, once: ideas like this one, which its author may rather support.
                if (!seenSimilar) {
                    Similar similar = consultations.similarToNew(actor, parliament, plan, id, newIdea);
                    if (!similar.isEmpty()) {
                        model.addAttribute("similar", similar);
                        return show(actor, parliament, plan, id, 1, model, request);
                    }
                }
                consultations.submit(actor, id, newIdea);
                redirect.addFlashAttribute("notice", "consultation.idea-submitted");
                return "redirect:" + path(parliament, plan, id);
            } catch (ConsultationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return show(actor, parliament, plan, id, 1, model, request);
    }

    /**
     * The similar ideas alone, which htmx shows under the form while someone writes: posted, since an idea's text
     * may be longer than an address can carry, and with the form's CSRF token.
     */
    @PostMapping("/{id}/similar")
    String similar(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                   @RequestParam(required = false) String title, @RequestParam(required = false) String body, Model model,
                   HttpServletRequest request) {
        // Answers vary with what is typed: no cache keeps them.
        PersonalPage.mark(request);
        model.addAttribute("similar", consultations.similarWhileWriting(actor, parliament, plan, id, title, body));
        model.addAttribute("base", path(parliament, plan, id));
        return "consultation/similar";
    }

    @PostMapping("/{id}/ideas/{ideaId}/support")
    String support(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                   @PathVariable Long ideaId) {
        consultations.support(actor, id, ideaId);
        // Said by the address, not a flash message: the busiest request of a consultation then writes nothing to the
        // session, and its supporters' sessions hold no message waiting for a page they may never load.
        return "redirect:" + path(parliament, plan, id) + "?" + SUPPORTED + "=" + ideaId + "#idea-" + ideaId;
    }

    private String show(Actor actor, String parliament, String plan, Long id, int pageNumber, Model model,
                        HttpServletRequest request) {
        if (actor instanceof HemicycleUser) {
            // Shows which ideas this reader supports.
            PersonalPage.mark(request);
        }
        model.addAttribute("page", consultations.page(actor, parliament, plan, id, pageNumber));
        String supported = request.getParameter(SUPPORTED);
        if (supported != null && supported.matches("\\d{1,18}") && !model.containsAttribute("notice")
                && consultations.supports(actor, Long.valueOf(supported))) {
            // Only to the person who supports it: the address alone, shared or reloaded, says nothing.
            model.addAttribute("notice", "consultation.supported");
        }
        if (!model.containsAttribute("newIdea")) {
            model.addAttribute("newIdea", NewIdea.EMPTY);
        }
        model.addAttribute("pillars", Pillar.values());
        return VIEW;
    }

    private static String path(String parliament, String plan, Long id) {
        return "/parliaments/" + parliament + "/plans/" + plan + "/consultations/" + id;
    }
}
