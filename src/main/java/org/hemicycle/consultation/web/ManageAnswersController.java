package org.hemicycle.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.AnswerService;
import org.hemicycle.consultation.AnsweringPage;
import org.hemicycle.consultation.ConsultationRuleViolation;
import org.hemicycle.consultation.IdeaAnswer;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan team answers a consultation's inputs: the unanswered ones oldest first, then one idea at a time. */
@Controller
@RequestMapping("/manage")
class ManageAnswersController {

    private final AnswerService answers;

    ManageAnswersController(AnswerService answers) {
        this.answers = answers;
    }

    @GetMapping("/consultations/{id}/answers")
    String desk(Actor actor, @PathVariable Long id, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("desk", answers.desk(actor, id, page));
        return "consultation/manage/answers";
    }

    @GetMapping("/ideas/{ideaId}/answer")
    String form(Actor actor, @PathVariable Long ideaId, Model model) {
        AnsweringPage page = answers.answering(actor, ideaId);
        IdeaAnswer current = page.idea().idea().answer();
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", current);
        }
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            EditConflicts.offer(model, current);
        }
        model.addAttribute("page", page);
        model.addAttribute("kinds", AnswerKind.values());
        return "consultation/manage/answer";
    }

    @PostMapping("/ideas/{ideaId}/answer")
    String answer(Actor actor, @PathVariable Long ideaId, @Valid @ModelAttribute("answer") IdeaAnswer answer,
                  BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                Long consultationId = answers.answer(actor, ideaId, answer, request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "consultation.answer.saved");
                return "redirect:/manage/consultations/" + consultationId + "/answers";
            } catch (ConsultationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, answer, "answer", request, errors, model, response);
                return form(actor, ideaId, model);
            }
        }
        FormErrors.markUnprocessable(response);
        return form(actor, ideaId, model);
    }
}
