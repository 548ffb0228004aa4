package org.hemicycle.plan.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hemicycle.account.Actor;
import org.hemicycle.plan.*;
import org.hemicycle.plan.CoCreationMeeting;
import org.hemicycle.plan.LeadBodyMember;
import org.hemicycle.plan.SelectedOrganization;
import org.hemicycle.site.Confirmation;
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
class ListRemovalController {

    private final PlanPages plans;

    ListRemovalController(PlanPages plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/{id}/members/{memberId}/delete")
    String member(Actor actor, @PathVariable Long id, @PathVariable Long memberId, Model model) {
        LeadBodyMember member = find(plans.membersOf(actor, id), LeadBodyMember::getId, memberId);
        return Confirmation.ask(model, plans.editablePlan(actor, id), Confirmation.fromList("manage.confirm.member", member.getName(),
                "/manage/plans/" + id + "/members/" + memberId + "/delete", step(id, StepPage.LEAD_BODY, "members")));
    }

    @GetMapping("/plans/{id}/organizations/{organizationId}/delete")
    String organization(Actor actor, @PathVariable Long id, @PathVariable Long organizationId, Model model) {
        SelectedOrganization organization = find(plans.organizationsOf(actor, id), SelectedOrganization::getId, organizationId);
        return Confirmation.ask(model, plans.editablePlan(actor, id), Confirmation.fromList("manage.confirm.organization", organization.getName(),
                "/manage/plans/" + id + "/organizations/" + organizationId + "/delete",
                step(id, StepPage.CIVIL_SOCIETY, "organizations")));
    }

    @GetMapping("/plans/{id}/meetings/{meetingId}/delete")
    String meeting(Actor actor, @PathVariable Long id, @PathVariable Long meetingId, Model model) {
        CoCreationMeeting meeting = find(plans.meetingsOf(actor, id), CoCreationMeeting::getId, meetingId);
        return Confirmation.ask(model, plans.editablePlan(actor, id), Confirmation.fromList("manage.confirm.meeting", meeting.getTitle(),
                "/manage/plans/" + id + "/meetings/" + meetingId + "/delete", step(id, StepPage.CO_CREATION, "meetings")));
    }

    private static String step(Long planId, StepPage page, String list) {
        return "/manage/plans/" + planId + "/steps/" + page.slug() + "#" + list;
    }

    private static <T> T find(List<T> items, Function<T, Long> id, Long wanted) {
        return items.stream().filter(item -> Objects.equals(id.apply(item), wanted)).findFirst()
                .orElseThrow(PlanNotFound::new);
    }
}
