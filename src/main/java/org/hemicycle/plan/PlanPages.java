package org.hemicycle.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hemicycle.account.Actor;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.internal.ActionPlanEntity;
import org.hemicycle.plan.internal.ActionPlanRepository;
import org.hemicycle.plan.internal.CoCreationMeetingRepository;
import org.hemicycle.plan.internal.LeadBodyMemberRepository;
import org.hemicycle.plan.internal.PhaseTransitionRepository;
import org.hemicycle.plan.internal.PlanRecords;
import org.hemicycle.plan.internal.PlanWorkflow;
import org.hemicycle.plan.internal.SelectedOrganizationRepository;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans as the public or a plan team reads them, each page in a number of queries that does not grow with
 * the plan. A draft answers "not found" to whoever may not read it, so that drafts do not reveal they exist.
 */
@Service
@Transactional(readOnly = true)
public class PlanPages {

    private final ParliamentService parliaments;
    private final ActionPlanRepository plans;
    private final LeadBodyMemberRepository members;
    private final SelectedOrganizationRepository organizations;
    private final CoCreationMeetingRepository meetings;
    private final PhaseTransitionRepository transitions;
    private final PlanCommitments commitments;
    private final PlanRecords records;
    private final PlanNews news;

    PlanPages(ParliamentService parliaments, ActionPlanRepository plans, LeadBodyMemberRepository members,
              SelectedOrganizationRepository organizations, CoCreationMeetingRepository meetings,
              PhaseTransitionRepository transitions, PlanCommitments commitments, PlanRecords records,
              org.springframework.beans.factory.ObjectProvider<PlanNews> news) {
        // Without the news module a plan simply has no news.
        this.news = news.getIfAvailable(() -> (planId, most) -> List.of());
        this.parliaments = parliaments;
        this.plans = plans;
        this.members = members;
        this.organizations = organizations;
        this.meetings = meetings;
        this.transitions = transitions;
        this.commitments = commitments;
        this.records = records;
    }

    public PlanPage page(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlanEntity plan = plans.findWithChambersByParliamentIdAndSlug(parliament.getId(), planSlug)
                .filter(found -> PlanPolicy.mayRead(actor, found))
                .orElseThrow(PlanNotFound::new);
        return assemble(actor, parliament, plan);
    }

    /** A plan its actor may read, by its address, for the pages of the modules built on plans. */
    public ActionPlan readablePlan(Actor actor, Long parliamentId, String planSlug) {
        return plans.findByParliamentIdAndSlug(parliamentId, planSlug).filter(found -> PlanPolicy.mayRead(actor, found))
                .orElseThrow(PlanNotFound::new);
    }


    /** A plan its actor may read, by id, for the modules built on plans. */
    public ActionPlan readablePlan(Actor actor, Long planId) {
        return plans.findById(planId).filter(found -> PlanPolicy.mayRead(actor, found)).orElseThrow(PlanNotFound::new);
    }

    public PlanPage workspace(Actor actor, Long planId) {
        ActionPlanEntity plan = records.checked(actor, planId, PlanPolicy.Action.EDIT);
        return assemble(actor, parliaments.byId(plan.getParliamentId()), plan);
    }

    /** The plans of a parliament the actor may read, newest period first. */
    public List<ActionPlan> visiblePlansOf(Actor actor, Long parliamentId) {
        return plans.findByParliamentIdOrderByPeriodStartDesc(parliamentId).stream()
                .filter(plan -> PlanPolicy.mayRead(actor, plan)).map(ActionPlan.class::cast).toList();
    }

    public Map<Long, List<ActionPlan>> visiblePlansOf(Actor actor, Collection<Long> parliamentIds) {
        if (parliamentIds.isEmpty()) {
            return Map.of();
        }
        return plans.findByParliamentIdInOrderByPeriodStartDesc(parliamentIds).stream()
                .filter(plan -> PlanPolicy.mayRead(actor, plan))
                .collect(Collectors.groupingBy(ActionPlan::getParliamentId, LinkedHashMap::new,
                        Collectors.mapping(ActionPlan.class::cast, Collectors.toList())));
    }

    /** The plan as its editors change it: refused to anyone else. */
    public ActionPlan editablePlan(Actor actor, Long planId) {
        return records.checked(actor, planId, PlanPolicy.Action.EDIT);
    }

    public List<MissingRecord> missingToAdvance(Actor actor, Long planId) {
        ActionPlanEntity plan = records.checked(actor, planId, PlanPolicy.Action.ADVANCE);
        if (!plan.getPhase().hasNext()) {
            return List.of();
        }
        return PlanWorkflow.missingToEnter(plan.getPhase().next(), records.facts(plan));
    }

    public List<LeadBodyMember> membersOf(Actor actor, Long planId) {
        return List.copyOf(members.findByPlanIdOrderByPositionAsc(editablePlan(actor, planId).getId()));
    }

    public List<SelectedOrganization> organizationsOf(Actor actor, Long planId) {
        return List.copyOf(organizations.findByPlanIdOrderByPositionAsc(editablePlan(actor, planId).getId()));
    }

    public List<CoCreationMeeting> meetingsOf(Actor actor, Long planId) {
        return List.copyOf(meetings.findByPlanIdOrderByHeldOnAsc(editablePlan(actor, planId).getId()));
    }


    private PlanPage assemble(Actor actor, Parliament parliament, ActionPlanEntity plan) {
        Hibernate.initialize(plan.getChamberIds());
        return new PlanPage(parliament, parliaments.chambersOf(parliament.getId()), plan,
                List.copyOf(members.findByPlanIdOrderByPositionAsc(plan.getId())),
                List.copyOf(organizations.findByPlanIdOrderByPositionAsc(plan.getId())),
                List.copyOf(meetings.findByPlanIdOrderByHeldOnAsc(plan.getId())),
                List.copyOf(transitions.findByPlanIdOrderByMovedAtAsc(plan.getId())),
                commitments.summariesOf(plan.getId()), PlanPolicy.mayEdit(actor, parliament.getId()),
                news.latestOf(plan.getId(), PlanPage.NEWS_SHOWN),
                plan.getPreviousPlanId() == null ? null : plans.findById(plan.getPreviousPlanId())
                        .filter(previous -> PlanPolicy.mayRead(actor, previous)).orElse(null),
                plans.findByPreviousPlanId(plan.getId()).filter(next -> PlanPolicy.mayRead(actor, next)).orElse(null));
    }
}
