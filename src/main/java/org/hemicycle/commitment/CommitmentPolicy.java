package org.hemicycle.commitment;

import static org.hemicycle.account.Standing.*;

import org.hemicycle.account.Actor;
import org.hemicycle.account.PermissionTable;
import org.hemicycle.plan.ActionPlan;

/**
 * Who may do what with a plan's commitments, their activities and indicators. The plan's point of contact
 * writes them (Annex A is theirs to fill with civil society's input); who may read the plan reads them. Adding,
 * changing and deleting commitments changes the plan's Annex A, so it also takes the plan's own EDIT
 * ({@code PlanCycle.lockedForChange}); reporting progress takes only this table's row.
 */
public final class CommitmentPolicy {

    public enum Action { READ_PUBLISHED, READ_DRAFT, ADD, EDIT, DELETE, RECORD_PROGRESS }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.READ_PUBLISHED, VISITOR, SIGNED_IN, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY,
                    REVIEWER, COORDINATOR, ADMIN, PLATFORM)
            .allow(Action.READ_DRAFT, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY, REVIEWER, COORDINATOR, ADMIN,
                    PLATFORM)
            .allow(Action.ADD, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.EDIT, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.DELETE, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.RECORD_PROGRESS, POINT_OF_CONTACT, PLATFORM)
            .build();

    private CommitmentPolicy() {
    }

    public static boolean mayRead(Actor actor, ActionPlan plan) {
        return TABLE.allows(actor, plan.isPublished() ? Action.READ_PUBLISHED : Action.READ_DRAFT, plan.getParliamentId());
    }

    public static boolean mayEdit(Actor actor, ActionPlan plan) {
        return TABLE.allows(actor, Action.EDIT, plan.getParliamentId());
    }
}
