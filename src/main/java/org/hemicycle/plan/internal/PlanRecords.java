package org.hemicycle.plan.internal;

import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.plan.PlanPolicy;
import org.hemicycle.plan.RecordsKept;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;

/**
 * The plan as the module's services change it: found, checked against the permission table, locked where
 * a change counts or numbers its lists, and checked against the records the cycle has to keep.
 */
@Component
public class PlanRecords {

    private final ActionPlanRepository plans;
    private final ParliamentService parliaments;
    private final LeadBodyMemberRepository members;
    private final SelectedOrganizationRepository organizations;
    private final PlanCommitments commitments;

    PlanRecords(ActionPlanRepository plans, ParliamentService parliaments, LeadBodyMemberRepository members,
                SelectedOrganizationRepository organizations, PlanCommitments commitments) {
        this.plans = plans;
        this.parliaments = parliaments;
        this.members = members;
        this.organizations = organizations;
        this.commitments = commitments;
    }

    /** The plan, refused unless the actor may take the action on it. */
    public ActionPlanEntity checked(Actor actor, Long planId, PlanPolicy.Action action) {
        ActionPlanEntity plan = plans.findById(planId).orElseThrow(PlanNotFound::new);
        PlanPolicy.TABLE.check(actor, action, plan.getParliamentId());
        // Step forms are rendered after the transaction: load the chambers while it is open.
        Hibernate.initialize(plan.getChamberIds());
        return plan;
    }

    /** The plan, locked until the transaction ends, for changes that count or number its lists. */
    public ActionPlanEntity locked(Actor actor, Long planId, PlanPolicy.Action action) {
        // Asked before locking, so that no one may hold up another parliament's plan; a plan never moves parliament.
        Long parliamentId = plans.findParliamentIdById(planId).orElseThrow(PlanNotFound::new);
        PlanPolicy.TABLE.check(actor, action, parliamentId);
        plans.lockById(planId).orElseThrow(PlanNotFound::new);
        return checked(actor, planId, action);
    }

    /**
     * From the adoption step on, the plan keeps everything it needed to get there: no change may take away a
     * record that moving into its current step required (cumulative, as PlanWorkflow counts them).
     */
    public void checkRecordsKept(ActionPlanEntity plan) {
        if (!plan.getPhase().holdsAnnexA()) {
            return;
        }
        List<MissingRecord> missing = PlanWorkflow.missingToEnter(plan.getPhase(), facts(plan));
        if (!missing.isEmpty()) {
            throw new RecordsKept(plan.getPhase(), missing);
        }
    }

    public PlanAddress addressOf(ActionPlanEntity plan) {
        return new PlanAddress(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug());
    }

    public PlanWorkflow.PlanFacts facts(ActionPlanEntity plan) {
        Parliament parliament = parliaments.byId(plan.getParliamentId());
        boolean ogpAnnex = Boolean.TRUE.equals(plan.politicalWillStep().ogpAnnex());
        return new PlanWorkflow.PlanFacts(plan, parliament.isOgpParticipant(), members.countByPlanId(plan.getId()),
                organizations.countByPlanId(plan.getId()), commitments.factsOf(plan.getId(), ogpAnnex));
    }
}
