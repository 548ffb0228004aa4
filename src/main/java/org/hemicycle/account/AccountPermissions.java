package org.hemicycle.account;

import java.util.List;

/**
 * Who may hand out which platform role: coordinators create ordinary accounts, only admins create
 * other admins and coordinators.
 */
public final class AccountPermissions {

    private AccountPermissions() {
    }

    public static boolean mayAssign(HemicycleUser actor, PlatformRole role) {
        if (role == null) {
            return actor.isAdmin() || actor.isCoordinator();
        }
        return actor.isAdmin();
    }

    public static List<PlatformRole> assignablePlatformRoles(HemicycleUser actor) {
        return actor.isAdmin() ? List.of(PlatformRole.values()) : List.of();
    }
}
