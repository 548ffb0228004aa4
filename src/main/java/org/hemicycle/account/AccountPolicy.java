package org.hemicycle.account;

import static org.hemicycle.account.Standing.*;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with accounts: coordinators create ordinary accounts and hand out roles in parliaments, only
 * admins create other admins and coordinators. Every signed-in person changes their own password.
 */
public final class AccountPolicy {

    public enum Action { LIST_ACCOUNTS, CREATE_ACCOUNT, ASSIGN_PLATFORM_ROLE, GRANT_ROLE, REVOKE_ROLE, CHANGE_OWN_PASSWORD }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.LIST_ACCOUNTS, ADMIN, COORDINATOR, PLATFORM)
            .allow(Action.CREATE_ACCOUNT, ADMIN, COORDINATOR, PLATFORM)
            .allow(Action.ASSIGN_PLATFORM_ROLE, ADMIN, PLATFORM)
            .allow(Action.GRANT_ROLE, ADMIN, COORDINATOR, PLATFORM)
            .allow(Action.REVOKE_ROLE, ADMIN, COORDINATOR, PLATFORM)
            .allow(Action.CHANGE_OWN_PASSWORD, SIGNED_IN)
            .build();

    private AccountPolicy() {
    }

    /** A new account with this platform role (null: an ordinary account). */
    public static boolean mayCreate(Actor actor, @Nullable PlatformRole role) {
        return TABLE.allows(actor, role == null ? Action.CREATE_ACCOUNT : Action.ASSIGN_PLATFORM_ROLE, null);
    }

    public static List<PlatformRole> assignablePlatformRoles(Actor actor) {
        return TABLE.allows(actor, Action.ASSIGN_PLATFORM_ROLE, null) ? List.of(PlatformRole.values()) : List.of();
    }
}
