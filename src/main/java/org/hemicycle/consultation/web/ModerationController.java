package org.hemicycle.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.regex.Pattern;
import org.hemicycle.account.Actor;
import org.hemicycle.consultation.ConsultationRuleViolation;
import org.hemicycle.consultation.FlagPage;
import org.hemicycle.consultation.FlagReason;
import org.hemicycle.consultation.IdeaFlag;
import org.hemicycle.consultation.ModerationDecision;
import org.hemicycle.consultation.ModerationForm;
import org.hemicycle.consultation.ModerationService;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.PersonalPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Flagging an idea (anyone signed in), the public list of what moderation hides, and the moderators' queue, where
 * they hide or keep many flagged ideas at once.
 */
@Controller
class ModerationController {

    private static final String CONSULTATION = "/parliaments/{parliament}/plans/{plan}/consultations/{id}";
    private static final Pattern IDEA_PAGE = Pattern.compile("/parliaments/[A-Za-z0-9-]+/plans/[A-Za-z0-9-]+/consultations/\\d+/ideas/\\d+");

    private final ModerationService moderation;

    ModerationController(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping(CONSULTATION + "/ideas/{ideaId}/flag")
    String flagForm(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                    @PathVariable Long ideaId, Model model, HttpServletRequest request) {
        PersonalPage.mark(request);
        FlagPage page = moderation.flagging(actor, parliament, plan, id, ideaId);
        model.addAttribute("page", page);
        if (!model.containsAttribute("flag")) {
            model.addAttribute("flag", IdeaFlag.EMPTY);
        }
        model.addAttribute("reasons", FlagReason.values());
        return "consultation/flag";
    }

    @PostMapping(CONSULTATION + "/ideas/{ideaId}/flag")
    String flag(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                @PathVariable Long ideaId, @Valid @ModelAttribute("flag") IdeaFlag flag, BindingResult errors, Model model,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                moderation.flag(actor, id, ideaId, flag);
                redirect.addFlashAttribute("notice", "consultation.flag.thanks");
                return "redirect:/parliaments/" + parliament + "/plans/" + plan + "/consultations/" + id + "/ideas/" + ideaId;
            } catch (ConsultationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return flagForm(actor, parliament, plan, id, ideaId, model, request);
    }

    @GetMapping(CONSULTATION + "/hidden")
    String hidden(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                  @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("page", moderation.hidden(actor, parliament, plan, id, page));
        return "consultation/hidden";
    }

    @GetMapping("/manage/consultations/{id}/moderation")
    String queue(Actor actor, @PathVariable Long id, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("queue", moderation.queue(actor, id, page));
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", ModerationForm.EMPTY);
        }
        model.addAttribute("decisions", new ModerationDecision[] {ModerationDecision.HIDE, ModerationDecision.KEEP});
        return "consultation/manage/moderation";
    }

    /** From the queue, or from an idea's page (one idea, and back to it). */
    @PostMapping("/manage/consultations/{id}/moderation")
    String decide(Actor actor, @PathVariable Long id, @Valid @ModelAttribute("decision") ModerationForm decision,
                  BindingResult errors, @RequestParam(name = "back", required = false) String back, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        // Back to the idea's page it came from; only that kind of address, so that nothing else is redirected to.
        String backTo = back != null && IDEA_PAGE.matcher(back).matches() ? back : null;
        if (!errors.hasErrors()) {
            try {
                int decided = moderation.decide(actor, id, decision);
                int ticked = decision.ideas() == null ? 0 : decision.ideas().size();
                redirect.addFlashAttribute("notice", decided == ticked ? "consultation.moderation.decided"
                        : "consultation.moderation.decided-some");
                return "redirect:" + (backTo != null ? backTo : "/manage/consultations/" + id + "/moderation");
            } catch (ConsultationRuleViolation violation) {
                if (backTo != null) {
                    redirect.addFlashAttribute("notice", violation.messageKey());
                    return "redirect:" + backTo;
                }
                FormErrors.reject(errors, violation);
            }
        }
        if (backTo != null && errors.hasErrors()) {
            redirect.addFlashAttribute("notice", "consultation.moderation.error.decision");
            return "redirect:" + backTo;
        }
        FormErrors.markUnprocessable(response);
        return queue(actor, id, 1, model);
    }
}
