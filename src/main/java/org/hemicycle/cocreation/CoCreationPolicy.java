package org.hemicycle.cocreation;

import static org.hemicycle.account.Standing.*;

import org.hemicycle.account.PermissionTable;

/**
 * Who may do what in a plan's co-creation. Its point of contact runs the forum and the meetings (as they run the
 * plan); anyone signed in registers for a meeting open to registration. Reading follows the plan: whoever may read
 * the plan reads its forum and meetings.
 */
public final class CoCreationPolicy {

    public enum Action { EDIT_FORUM, SCHEDULE_MEETING, EDIT_MEETING, REGISTER }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.EDIT_FORUM, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.SCHEDULE_MEETING, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.EDIT_MEETING, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.REGISTER, SIGNED_IN, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY, REVIEWER, COORDINATOR,
                    ADMIN)
            .build();

    private CoCreationPolicy() {
    }
}
