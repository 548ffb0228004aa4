package org.hemicycle.cocreation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.cocreation.CoCreationRuleViolation;
import org.hemicycle.cocreation.ForumMember;
import org.hemicycle.cocreation.ForumPage;
import org.hemicycle.cocreation.ForumService;
import org.hemicycle.cocreation.ForumText;
import org.hemicycle.cocreation.NewForumMember;
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

/** The point of contact keeps the forum: how members were appointed, its rules, and its members. */
@Controller
@RequestMapping("/manage/plans/{planId}/forum")
class ManageForumController {

    static final String VIEW = "cocreation/manage/forum";

    private final ForumService forums;

    ManageForumController(ForumService forums) {
        this.forums = forums;
    }

    @GetMapping
    String edit(Actor actor, @PathVariable Long planId, Model model) {
        return show(forums.workspace(actor, planId), model);
    }

    @PostMapping
    String describe(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("forumText") ForumText forumText,
                    BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
                    RedirectAttributes redirect) {
        EditConflicts.keep(model, request);
        if (!errors.hasErrors()) {
            try {
                forums.describe(actor, planId, forumText, request.getParameter(EditConflicts.VERSION_PARAMETER));
                redirect.addFlashAttribute("notice", "manage.saved");
                return "redirect:/manage/plans/" + planId + "/forum";
            } catch (StaleRecord stale) {
                EditConflicts.show(stale, forumText, "forumText", request, errors, model, response);
                return show(forums.workspace(actor, planId), model);
            }
        }
        FormErrors.markUnprocessable(response);
        return show(forums.workspace(actor, planId), model);
    }

    @PostMapping("/members")
    String addMember(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("newForumMember") NewForumMember member,
                     BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                forums.addMember(actor, planId, member);
                redirect.addFlashAttribute("notice", "manage.item-added");
                return "redirect:/manage/plans/" + planId + "/forum";
            } catch (CoCreationRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return show(forums.workspace(actor, planId), model);
    }

    @GetMapping("/members/{memberId}/delete")
    String confirmRemoval(Actor actor, @PathVariable Long planId, @PathVariable Long memberId, Model model) {
        ForumPage page = forums.workspace(actor, planId);
        ForumMember member = page.members().stream().filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(org.hemicycle.cocreation.CoCreationNotFound::new);
        String base = "/manage/plans/" + planId + "/forum";
        return Confirmation.ask(model, page.plan(), Confirmation.fromList("cocreation.confirm.member", member.getName(),
                base + "/members/" + memberId + "/delete", base));
    }

    @PostMapping("/members/{memberId}/delete")
    String removeMember(Actor actor, @PathVariable Long planId, @PathVariable Long memberId, RedirectAttributes redirect) {
        forums.removeMember(actor, planId, memberId);
        redirect.addFlashAttribute("notice", "manage.item-removed");
        return "redirect:/manage/plans/" + planId + "/forum";
    }

    private static String show(ForumPage page, Model model) {
        model.addAttribute("page", page);
        if (!model.containsAttribute("forumText")) {
            model.addAttribute("forumText", page.text());
        }
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            EditConflicts.offer(model, page.text());
        }
        if (!model.containsAttribute("newForumMember")) {
            model.addAttribute("newForumMember", NewForumMember.EMPTY);
        }
        return VIEW;
    }
}
