package org.hemicycle.plan.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hemicycle.plan.*;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Asks before anything is removed, without JavaScript: each Remove link leads here, to a page that names what
 * goes and posts to the same address, where the removal itself is handled.
 */
@Controller
@RequestMapping("/manage")
class RemovalConfirmationController {

    private final PlanService plans;
    private final CommitmentService commitments;

    RemovalConfirmationController(PlanService plans, CommitmentService commitments) {
        this.plans = plans;
        this.commitments = commitments;
    }

    @GetMapping("/plans/{id}/members/{memberId}/delete")
    String member(@PathVariable Long id, @PathVariable Long memberId, Model model) {
        LeadBodyMember member = find(plans.membersOf(id), LeadBodyMember::getId, memberId);
        return ask(model, plans.editablePlan(id), Confirmation.fromList("manage.confirm.member", member.getName(),
                "/manage/plans/" + id + "/members/" + memberId + "/delete", step(id, StepPage.LEAD_BODY, "members")));
    }

    @GetMapping("/plans/{id}/organizations/{organizationId}/delete")
    String organization(@PathVariable Long id, @PathVariable Long organizationId, Model model) {
        SelectedOrganization organization = find(plans.organizationsOf(id), SelectedOrganization::getId, organizationId);
        return ask(model, plans.editablePlan(id), Confirmation.fromList("manage.confirm.organization", organization.getName(),
                "/manage/plans/" + id + "/organizations/" + organizationId + "/delete",
                step(id, StepPage.CIVIL_SOCIETY, "organizations")));
    }

    @GetMapping("/plans/{id}/meetings/{meetingId}/delete")
    String meeting(@PathVariable Long id, @PathVariable Long meetingId, Model model) {
        CoCreationMeeting meeting = find(plans.meetingsOf(id), CoCreationMeeting::getId, meetingId);
        return ask(model, plans.editablePlan(id), Confirmation.fromList("manage.confirm.meeting", meeting.getTitle(),
                "/manage/plans/" + id + "/meetings/" + meetingId + "/delete", step(id, StepPage.CO_CREATION, "meetings")));
    }

    @GetMapping("/commitments/{id}/delete")
    String commitment(@PathVariable Long id, Model model) {
        CommitmentPage page = commitments.workspace(id);
        if (page.plan().getPhase().holdsAnnexA()) {
            throw new PlanRuleViolation(null, "commitment.error.delete-adopted");
        }
        Commitment commitment = page.commitment();
        return ask(model, page.plan(), new Confirmation("manage.confirm.commitment", commitment.getNumber(),
                commitment.getTitle(), "manage.commitment.delete-hint", "manage.commitment.delete",
                "/manage/commitments/" + id + "/delete", "/manage/commitments/" + id));
    }

    @GetMapping("/commitments/{id}/activities/{activityId}/delete")
    String activity(@PathVariable Long id, @PathVariable Long activityId, Model model) {
        Activity activity = commitments.activity(id, activityId);
        return ask(model, commitments.workspace(id).plan(), Confirmation.fromList("manage.confirm.activity",
                activity.getDescription(), "/manage/commitments/" + id + "/activities/" + activityId + "/delete",
                "/manage/commitments/" + id + "#activities"));
    }

    @GetMapping("/commitments/{id}/indicators/{indicatorId}/delete")
    String indicator(@PathVariable Long id, @PathVariable Long indicatorId, Model model) {
        Indicator indicator = commitments.indicator(id, indicatorId);
        return ask(model, commitments.workspace(id).plan(), Confirmation.fromList("manage.confirm.indicator",
                indicator.getName(), "/manage/commitments/" + id + "/indicators/" + indicatorId + "/delete",
                "/manage/commitments/" + id + "#indicators"));
    }

    private static String ask(Model model, ActionPlan plan, Confirmation removal) {
        model.addAttribute("plan", plan);
        model.addAttribute("confirmation", removal);
        return "plan/manage/confirm";
    }

    private static String step(Long planId, StepPage page, String list) {
        return "/manage/plans/" + planId + "/steps/" + page.slug() + "#" + list;
    }

    private static <T> T find(List<T> items, Function<T, Long> id, Long wanted) {
        return items.stream().filter(item -> Objects.equals(id.apply(item), wanted)).findFirst()
                .orElseThrow(PlanNotFound::new);
    }
}
