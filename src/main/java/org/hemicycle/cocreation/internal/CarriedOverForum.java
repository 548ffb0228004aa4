package org.hemicycle.cocreation.internal;

import org.hemicycle.cocreation.NewForumMember;
import org.hemicycle.plan.PlanRenewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The multi-stakeholder forum outlives a plan: the next plan starts with the same rules and members, which its team
 * then changes as the forum renews itself.
 */
@Component
class CarriedOverForum {

    private final ForumRepository forums;
    private final ForumMemberRepository members;

    CarriedOverForum(ForumRepository forums, ForumMemberRepository members) {
        this.forums = forums;
        this.members = members;
    }

    /** In the transaction that starts the next plan. */
    @EventListener
    void carryOver(PlanRenewed renewed) {
        forums.findById(renewed.previousPlanId()).ifPresent(previous -> {
            ForumEntity forum = new ForumEntity(renewed.nextPlanId());
            forum.describe(previous.text());
            forums.save(forum);
        });
        for (ForumMemberEntity member : members.findByPlanIdOrderBySideAscIdAsc(renewed.previousPlanId())) {
            members.save(new ForumMemberEntity(renewed.nextPlanId(), new NewForumMember(member.getSide(), member.getName(),
                    member.getOrganization(), member.getRole(), member.getAppointedHow(), member.getJoinedOn())));
        }
    }
}
