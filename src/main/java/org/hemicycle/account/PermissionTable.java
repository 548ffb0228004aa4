package org.hemicycle.account;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A module's permissions as one table: for each action, the standings that may take it. Each module declares
 * its own (in the spirit of Decidim's per-component permissions) and every service entry point asks it first.
 */
public final class PermissionTable<A extends Enum<A>> {

    private final Map<A, Set<Standing>> allowed;

    private PermissionTable(Map<A, Set<Standing>> allowed) {
        this.allowed = allowed;
    }

    public static <A extends Enum<A>> Builder<A> of(Class<A> actions) {
        return new Builder<>(actions);
    }

    /** Whether the actor may take the action on something of the given parliament (null: of no parliament). */
    public boolean allows(Actor actor, A action, @Nullable Long parliamentId) {
        Set<Standing> standings = actor.standingsIn(parliamentId);
        return allowed.get(action).stream().anyMatch(standings::contains);
    }

    public void check(Actor actor, A action, @Nullable Long parliamentId) {
        if (!allows(actor, action, parliamentId)) {
            throw new AccessDeniedException(actor.displayName() + " may not " + action + " in parliament " + parliamentId);
        }
    }


    public static final class Builder<A extends Enum<A>> {

        private final Class<A> actions;
        private final Map<A, Set<Standing>> allowed;

        private Builder(Class<A> actions) {
            this.actions = actions;
            this.allowed = new EnumMap<>(actions);
        }

        public Builder<A> allow(A action, Standing first, Standing... others) {
            allowed.put(action, EnumSet.of(first, others));
            return this;
        }

        /** Refuses to build a table that leaves an action out: a forgotten action must not default to allowed. */
        public PermissionTable<A> build() {
            for (A action : actions.getEnumConstants()) {
                if (!allowed.containsKey(action)) {
                    throw new IllegalStateException("No row for " + action);
                }
            }
            return new PermissionTable<>(allowed);
        }
    }
}
