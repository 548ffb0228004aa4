package org.hemicycle.account;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who acts: a signed-in person with the roles they hold in each parliament, the platform itself (the demo
 * loader, imports, scheduled jobs), or an anonymous visitor. Services receive it as a parameter and ask their
 * module's permission policy; only the web layer resolves it from the request.
 */
public sealed interface Actor permits HemicycleUser, Actor.Platform, Actor.Visitor {

    /** Someone reading the public site without signing in. */
    Actor VISITOR = new Visitor();

    /** The platform acting on its own behalf, named as it appears in the public history. */
    static Actor platform(String name) {
        return new Platform(name);
    }

    /** How the action is recorded in public history. */
    String displayName();

    /** What this actor stands as towards one parliament: roles count only where they were granted. */
    Set<Standing> standingsIn(@Nullable Long parliamentId);

    record Platform(String displayName) implements Actor {

        @Override
        public Set<Standing> standingsIn(@Nullable Long parliamentId) {
            return EnumSet.of(Standing.PLATFORM);
        }
    }

    record Visitor() implements Actor {

        @Override
        public String displayName() {
            return "visitor";
        }

        @Override
        public Set<Standing> standingsIn(@Nullable Long parliamentId) {
            return EnumSet.of(Standing.VISITOR);
        }
    }
}
