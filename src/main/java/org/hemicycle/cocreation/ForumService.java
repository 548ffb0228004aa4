package org.hemicycle.cocreation;

import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.cocreation.internal.ForumEntity;
import org.hemicycle.cocreation.internal.ForumMemberEntity;
import org.hemicycle.cocreation.internal.ForumMemberRepository;
import org.hemicycle.cocreation.internal.ForumRepository;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.site.RecordVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's multi-stakeholder forum: read by whoever may read the plan, kept by its point of contact. */
@Service
@Transactional(readOnly = true)
public class ForumService {

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final PlanCycle cycle;
    private final ForumRepository forums;
    private final ForumMemberRepository members;
    private final PlanChanges changes;

    ForumService(ParliamentService parliaments, PlanPages plans, PlanCycle cycle, ForumRepository forums,
                 ForumMemberRepository members, PlanChanges changes) {
        this.parliaments = parliaments;
        this.plans = plans;
        this.cycle = cycle;
        this.forums = forums;
        this.members = members;
        this.changes = changes;
    }

    public ForumPage page(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return assemble(actor, parliament, plan);
    }

    public ForumPage workspace(Actor actor, Long planId) {
        ActionPlan plan = editable(actor, planId);
        return assemble(actor, parliaments.byId(plan.getParliamentId()), plan);
    }

    /**
     * Saves the appointment process and the rules, unless someone else changed them since {@code seenVersion}. The
     * plan's row is locked first, so that two saves from the same version are checked one after the other.
     */
    @Transactional
    public void describe(Actor actor, Long planId, ForumText text, @Nullable String seenVersion) {
        ActionPlan plan = lockedForChange(actor, planId);
        ForumEntity forum = forums.findById(planId).orElseGet(() -> forums.save(new ForumEntity(planId)));
        RecordVersion.check(seenVersion, forum.text());
        forum.describe(text);
        changes.announce(plan);
    }

    @Transactional
    public ForumMember addMember(Actor actor, Long planId, NewForumMember member) {
        ActionPlan plan = lockedForChange(actor, planId);
        if (member.side() == null || member.name() == null || member.name().isBlank()) {
            throw new CoCreationRuleViolation(member.side() == null ? "side" : "name", "cocreation.error.member-incomplete");
        }
        ForumMemberEntity saved = members.save(new ForumMemberEntity(planId, member));
        changes.announce(plan);
        return saved;
    }

    @Transactional
    public void removeMember(Actor actor, Long planId, Long memberId) {
        ActionPlan plan = editable(actor, planId);
        members.delete(members.findByIdAndPlanId(memberId, planId).orElseThrow(CoCreationNotFound::new));
        changes.announce(plan);
    }

    private ForumPage assemble(Actor actor, Parliament parliament, ActionPlan plan) {
        ForumText text = forums.findById(plan.getId()).map(ForumEntity::text).orElse(ForumText.NONE);
        List<ForumMember> list = List.copyOf(members.findByPlanIdOrderBySideAscIdAsc(plan.getId()));
        return new ForumPage(parliament, plan, text, list,
                CoCreationPolicy.TABLE.allows(actor, CoCreationPolicy.Action.EDIT_FORUM, plan.getParliamentId()));
    }

    private ActionPlan lockedForChange(Actor actor, Long planId) {
        ActionPlan plan = cycle.lockedForChange(actor, planId);
        CoCreationPolicy.TABLE.check(actor, CoCreationPolicy.Action.EDIT_FORUM, plan.getParliamentId());
        return plan;
    }

    private ActionPlan editable(Actor actor, Long planId) {
        ActionPlan plan = plans.editablePlan(actor, planId);
        CoCreationPolicy.TABLE.check(actor, CoCreationPolicy.Action.EDIT_FORUM, plan.getParliamentId());
        return plan;
    }

}
