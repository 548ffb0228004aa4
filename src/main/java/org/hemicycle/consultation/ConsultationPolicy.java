package org.hemicycle.consultation;

import static org.hemicycle.account.Standing.*;

import org.hemicycle.account.PermissionTable;

/**
 * Who may do what with a plan's consultations: its point of contact runs them; anyone signed in takes part while one
 * is open; the point of contact and the members of the lead body answer the inputs, in the parliament's name; the
 * point of contact and the platform's administrators moderate them. Reading follows the plan.
 */
public final class ConsultationPolicy {

    public enum Action { RUN, TAKE_PART, ANSWER, MODERATE }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.RUN, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.TAKE_PART, SIGNED_IN, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY, REVIEWER, COORDINATOR, ADMIN)
            .allow(Action.ANSWER, POINT_OF_CONTACT, LEAD_BODY_MEMBER, PLATFORM)
            .allow(Action.MODERATE, POINT_OF_CONTACT, ADMIN, PLATFORM)
            .build();

    private ConsultationPolicy() {
    }
}
