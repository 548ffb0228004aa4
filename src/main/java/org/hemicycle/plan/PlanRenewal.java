package org.hemicycle.plan;

import java.time.LocalDate;
import java.time.Period;
import org.hemicycle.account.Actor;
import org.hemicycle.plan.internal.ActionPlanEntity;
import org.hemicycle.plan.internal.ActionPlanRepository;
import org.hemicycle.plan.internal.LeadBodyMemberRepository;
import org.hemicycle.plan.internal.PlanRecords;
import org.hemicycle.plan.internal.SelectedOrganizationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 10: the next plan, started from a plan at the end of its cycle whose lessons learned are recorded. The new
 * plan keeps the institutions the parliament set up (political will, the lead body and its members, the point of
 * contact, the civil-society organizations) and so starts at step 5, designing its co-creation; the other modules
 * carry over the forum and, as draft commitments, those not completed ({@link PlanRenewed}). All in one transaction.
 */
@Service
@Transactional
public class PlanRenewal {

    private final PlanCycle cycle;
    private final PlanStepLists lists;
    private final PlanRecords records;
    private final ActionPlanRepository plans;
    private final LeadBodyMemberRepository members;
    private final SelectedOrganizationRepository organizations;
    private final ApplicationEventPublisher events;

    PlanRenewal(PlanCycle cycle, PlanStepLists lists, PlanRecords records, ActionPlanRepository plans,
                LeadBodyMemberRepository members, SelectedOrganizationRepository organizations, ApplicationEventPublisher events) {
        this.cycle = cycle;
        this.lists = lists;
        this.records = records;
        this.plans = plans;
        this.members = members;
        this.organizations = organizations;
        this.events = events;
    }

    /** The plan started from this one, if there is one. */
    @Transactional(readOnly = true)
    public @Nullable ActionPlan nextOf(Long planId) {
        return plans.findByPreviousPlanId(planId).orElse(null);
    }

    /** The default details of the next plan: the same length of period, starting the day after this one ends. */
    @Transactional(readOnly = true)
    public PlanDetails proposedDetails(Actor actor, Long planId) {
        ActionPlan previous = records.checked(actor, planId, PlanPolicy.Action.CREATE);
        LocalDate start = previous.getPeriodEnd().plusDays(1);
        LocalDate end = start.plus(Period.between(previous.getPeriodStart(), previous.getPeriodEnd().plusDays(1))).minusDays(1);
        return new PlanDetails(retitled(previous, start, end), null, start, end, previous.getContentLanguage());
    }

    /** "Plan 2025-2027" becomes "Plan 2027-2029": the years in a title follow the period, with a hyphen or a dash. */
    static String retitled(ActionPlan previous, LocalDate start, LocalDate end) {
        String title = previous.getTitle();
        for (String dash : new String[] {"-", "–", "—"}) {
            String years = previous.getPeriodStart().getYear() + dash + previous.getPeriodEnd().getYear();
            if (title.contains(years)) {
                return title.replace(years, start.getYear() + dash + end.getYear());
            }
        }
        return title;
    }

    /** Answers the new plan. The previous plan's row is locked: two requests at once start one next plan. */
    public ActionPlan startNext(Actor actor, Long previousPlanId, PlanDetails details) {
        ActionPlanEntity previous = records.locked(actor, previousPlanId, PlanPolicy.Action.CREATE);
        if (previous.getPhase() != PlanPhase.RENEWAL) {
            throw new PlanRuleViolation(null, "plan.error.renew-before-last-step");
        }
        if (previous.getLessonsLearned() == null || previous.getLessonsLearned().isBlank()) {
            throw new PlanRuleViolation(null, "plan.error.renew-without-lessons");
        }
        if (plans.findByPreviousPlanId(previousPlanId).isPresent()) {
            throw new PlanRuleViolation(null, "plan.error.already-renewed");
        }
        ActionPlan created = cycle.create(actor, previous.getParliamentId(), details, LocalDate.now());
        Long id = created.getId();
        cycle.record(actor, id, previous.politicalWillStep(), null);
        cycle.advance(actor, id, null);
        cycle.record(actor, id, previous.leadBody(), null);
        members.findByPlanIdOrderByPositionAsc(previousPlanId).forEach(member ->
                lists.addMember(actor, id, new NewMember(member.getName(), member.getParty(), member.getRole())));
        cycle.advance(actor, id, null);
        cycle.record(actor, id, previous.pointOfContact(), null);
        cycle.advance(actor, id, null);
        cycle.record(actor, id, previous.civilSocietyEngagement(), null);
        organizations.findByPlanIdOrderByPositionAsc(previousPlanId).forEach(organization ->
                lists.addOrganization(actor, id, new NewOrganization(organization.getName(), organization.getSector(),
                        organization.getWebsite(), organization.isForumMember())));
        cycle.advance(actor, id, null);
        ActionPlanEntity next = records.checked(actor, id, PlanPolicy.Action.EDIT);
        next.follow(previousPlanId);
        plans.flush();
        events.publishEvent(new PlanRenewed(previousPlanId, id, previous.getParliamentId(), actor));
        // The previous plan's pages name the next one now.
        events.publishEvent(new PlanChanged(previousPlanId, previous.getParliamentId(), records.addressOf(previous)));
        return next;
    }
}
