package org.hemicycle.plan;

import static org.hemicycle.account.Standing.*;

import org.hemicycle.account.Actor;
import org.hemicycle.account.PermissionTable;

/**
 * Who may do what with a parliament's plans. The point of contact runs the plan: creates it, records each step,
 * moves it on and publishes it. The rest of its plan team and the network's staff follow drafts; everyone reads
 * published plans. Roles count only in the parliament that granted them.
 */
public final class PlanPolicy {

    public enum Action { READ_PUBLISHED, READ_DRAFT, CREATE, EDIT, ADVANCE, PUBLISH }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.READ_PUBLISHED, VISITOR, SIGNED_IN, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY,
                    REVIEWER, COORDINATOR, ADMIN, PLATFORM)
            .allow(Action.READ_DRAFT, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY, REVIEWER, COORDINATOR, ADMIN,
                    PLATFORM)
            .allow(Action.CREATE, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.EDIT, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.ADVANCE, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.PUBLISH, POINT_OF_CONTACT, PLATFORM)
            .build();

    private PlanPolicy() {
    }

    public static boolean mayRead(Actor actor, ActionPlan plan) {
        return TABLE.allows(actor, plan.isPublished() ? Action.READ_PUBLISHED : Action.READ_DRAFT, plan.getParliamentId());
    }

    public static boolean mayReadDrafts(Actor actor, Long parliamentId) {
        return TABLE.allows(actor, Action.READ_DRAFT, parliamentId);
    }

    public static boolean mayEdit(Actor actor, Long parliamentId) {
        return TABLE.allows(actor, Action.EDIT, parliamentId);
    }
}
