package org.hemicycle.parliament;

import static org.hemicycle.account.Standing.*;

import org.hemicycle.account.PermissionTable;

/** The network's staff register its parliaments; everyone reads them. */
public final class ParliamentPolicy {

    public enum Action { REGISTER }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.REGISTER, ADMIN, COORDINATOR, PLATFORM)
            .build();

    private ParliamentPolicy() {
    }
}
