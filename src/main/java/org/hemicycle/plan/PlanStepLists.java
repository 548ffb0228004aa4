package org.hemicycle.plan;

import org.hemicycle.account.Actor;
import org.hemicycle.plan.internal.ActionPlanEntity;
import org.hemicycle.plan.internal.CoCreationMeetingEntity;
import org.hemicycle.plan.internal.CoCreationMeetingRepository;
import org.hemicycle.plan.internal.LeadBodyMemberEntity;
import org.hemicycle.plan.internal.LeadBodyMemberRepository;
import org.hemicycle.plan.internal.PlanRecords;
import org.hemicycle.plan.internal.SelectedOrganizationEntity;
import org.hemicycle.plan.internal.SelectedOrganizationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists steps 2, 4 and 5 record: the lead body's members, the civil society organizations taking part, the
 * co-creation meetings. Adding and removing lock the plan, so that positions never race.
 */
@Service
@Transactional
public class PlanStepLists {

    private final LeadBodyMemberRepository members;
    private final SelectedOrganizationRepository organizations;
    private final CoCreationMeetingRepository meetings;
    private final PlanRecords records;
    private final ApplicationEventPublisher events;

    PlanStepLists(LeadBodyMemberRepository members, SelectedOrganizationRepository organizations,
                  CoCreationMeetingRepository meetings, PlanRecords records, ApplicationEventPublisher events) {
        this.members = members;
        this.organizations = organizations;
        this.meetings = meetings;
        this.records = records;
        this.events = events;
    }

    public void addMember(Actor actor, Long planId, NewMember member) {
        ActionPlanEntity plan = records.locked(actor, planId, PlanPolicy.Action.EDIT);
        members.save(new LeadBodyMemberEntity(plan.getId(), member, members.maxPosition(planId) + 1));
        changed(plan);
    }

    public void removeMember(Actor actor, Long planId, Long memberId) {
        ActionPlanEntity plan = records.locked(actor, planId, PlanPolicy.Action.EDIT);
        members.delete(members.findByIdAndPlanId(memberId, planId).orElseThrow(PlanNotFound::new));
        records.checkRecordsKept(plan);
        changed(plan);
    }

    public void addOrganization(Actor actor, Long planId, NewOrganization organization) {
        ActionPlanEntity plan = records.locked(actor, planId, PlanPolicy.Action.EDIT);
        organizations.save(new SelectedOrganizationEntity(plan.getId(), organization, organizations.maxPosition(planId) + 1));
        changed(plan);
    }

    public void removeOrganization(Actor actor, Long planId, Long organizationId) {
        ActionPlanEntity plan = records.locked(actor, planId, PlanPolicy.Action.EDIT);
        organizations.delete(organizations.findByIdAndPlanId(organizationId, planId).orElseThrow(PlanNotFound::new));
        records.checkRecordsKept(plan);
        changed(plan);
    }

    public void addMeeting(Actor actor, Long planId, NewMeeting meeting) {
        ActionPlanEntity plan = records.checked(actor, planId, PlanPolicy.Action.EDIT);
        meetings.save(new CoCreationMeetingEntity(plan.getId(), meeting));
        changed(plan);
    }

    public void removeMeeting(Actor actor, Long planId, Long meetingId) {
        ActionPlanEntity plan = records.checked(actor, planId, PlanPolicy.Action.EDIT);
        meetings.delete(meetings.findByIdAndPlanId(meetingId, planId).orElseThrow(PlanNotFound::new));
        changed(plan);
    }

    private void changed(ActionPlanEntity plan) {
        events.publishEvent(new PlanChanged(plan.getId(), plan.getParliamentId(), records.addressOf(plan)));
    }
}
