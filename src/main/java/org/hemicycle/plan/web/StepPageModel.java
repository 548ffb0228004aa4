package org.hemicycle.plan.web;

import org.hemicycle.account.Actor;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.site.EditConflicts;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of a step page: the step's form, and the lists some steps keep beside it. */
@Component
class StepPageModel {

    private final PlanPages plans;
    private final ParliamentService parliaments;

    StepPageModel(PlanPages plans, ParliamentService parliaments) {
        this.plans = plans;
        this.parliaments = parliaments;
    }

    String render(Actor actor, Long id, StepPage page, Model model) {
        ActionPlan plan = plans.editablePlan(actor, id);
        model.addAttribute("plan", plan);
        model.addAttribute("stepPage", page);
        model.addAttribute("parliament", parliaments.byId(plan.getParliamentId()));
        // A form shown afresh carries the version it shows; one sent back keeps the version it was opened at.
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            EditConflicts.offer(model, page.currentRecord(plan));
        }
        switch (page) {
            case POLITICAL_WILL -> model.addAttribute("chambers", parliaments.chambersOf(plan.getParliamentId()));
            case LEAD_BODY -> {
                model.addAttribute("members", plans.membersOf(actor, id));
                addIfAbsent(model, "newMember", new NewMember(null, null, null));
                model.addAttribute("mechanisms", AuthorizationMechanism.values());
            }
            case CIVIL_SOCIETY -> {
                model.addAttribute("organizations", plans.organizationsOf(actor, id));
                addIfAbsent(model, "newOrganization", new NewOrganization(null, null, null, false));
                model.addAttribute("sectors", OrganizationSector.values());
            }
            case CO_CREATION -> {
                model.addAttribute("meetings", plans.meetingsOf(actor, id));
                addIfAbsent(model, "newMeeting", new NewMeeting(null, null, null, null));
                model.addAttribute("formats", MeetingFormat.values());
            }
            case ADOPTION -> model.addAttribute("mechanisms", AuthorizationMechanism.values());
            default -> { }
        }
        return page.template();
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
