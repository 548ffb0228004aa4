package org.hemicycle.monitoring;

import static org.hemicycle.account.Standing.*;

import org.hemicycle.account.PermissionTable;

/**
 * Who may report on a plan's implementation. The point of contact posts updates and readings on every commitment and
 * names the civil-society co-implementers of each; a civil-society member of the parliament posts on the commitments
 * they co-implement only, which the service checks beside this table.
 */
public final class MonitoringPolicy {

    public enum Action { POST_UPDATE, MANAGE_CO_IMPLEMENTERS }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.POST_UPDATE, POINT_OF_CONTACT, CIVIL_SOCIETY, PLATFORM)
            .allow(Action.MANAGE_CO_IMPLEMENTERS, POINT_OF_CONTACT, PLATFORM)
            .build();

    private MonitoringPolicy() {
    }
}
