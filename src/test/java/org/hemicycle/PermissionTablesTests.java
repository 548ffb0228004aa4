package org.hemicycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hemicycle.account.AccountPolicy;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.account.PermissionTable;
import org.hemicycle.account.PlatformRole;
import org.hemicycle.commitment.CommitmentPolicy;
import org.hemicycle.parliament.ParliamentPolicy;
import org.hemicycle.plan.PlanPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every module's permission table, walked whole: each action, taken by each kind of actor, on something of the
 * actor's own parliament and of another one. The expected table is written out below, apart from the code.
 */
class PermissionTablesTests {

    private static final long OWN = 1L;
    private static final long OTHER = 2L;

    /**
     * Who may take each action, where the thing belongs to their own parliament. Roles in a parliament count only
     * there; the network's staff and the platform stand the same in every parliament.
     */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        String everyone = "visitor signed-in contact lead-body civil-society reviewer coordinator admin platform";
        String planTeamAndStaff = "contact lead-body civil-society reviewer coordinator admin platform";
        EXPECTED.put("plan READ_PUBLISHED", everyone);
        EXPECTED.put("plan READ_DRAFT", planTeamAndStaff);
        EXPECTED.put("plan CREATE", "contact platform");
        EXPECTED.put("plan EDIT", "contact platform");
        EXPECTED.put("plan ADVANCE", "contact platform");
        EXPECTED.put("plan PUBLISH", "contact platform");
        EXPECTED.put("commitment READ_PUBLISHED", everyone);
        EXPECTED.put("commitment READ_DRAFT", planTeamAndStaff);
        EXPECTED.put("commitment ADD", "contact platform");
        EXPECTED.put("commitment EDIT", "contact platform");
        EXPECTED.put("commitment DELETE", "contact platform");
        EXPECTED.put("commitment RECORD_PROGRESS", "contact platform");
        EXPECTED.put("parliament REGISTER", "coordinator admin platform");
        EXPECTED.put("account LIST_ACCOUNTS", "coordinator admin platform");
        EXPECTED.put("account CREATE_ACCOUNT", "coordinator admin platform");
        EXPECTED.put("account ASSIGN_PLATFORM_ROLE", "admin platform");
        EXPECTED.put("account GRANT_ROLE", "coordinator admin platform");
        EXPECTED.put("account REVOKE_ROLE", "coordinator admin platform");
        EXPECTED.put("cocreation EDIT_FORUM", "contact platform");
        EXPECTED.put("cocreation SCHEDULE_MEETING", "contact platform");
        EXPECTED.put("cocreation EDIT_MEETING", "contact platform");
        EXPECTED.put("cocreation REGISTER", "signed-in contact lead-body civil-society reviewer coordinator admin");
        EXPECTED.put("consultation RUN", "contact platform");
        EXPECTED.put("consultation TAKE_PART", "signed-in contact lead-body civil-society reviewer coordinator admin");
        EXPECTED.put("consultation ANSWER", "contact lead-body platform");
        EXPECTED.put("consultation MODERATE", "contact admin platform");
        // Civil society only on the commitments it co-implements, which the monitoring service checks beside the table.
        EXPECTED.put("monitoring POST_UPDATE", "contact civil-society platform");
        EXPECTED.put("monitoring MANAGE_CO_IMPLEMENTERS", "contact platform");
        EXPECTED.put("review ASSESS_SELF", "contact platform");
        EXPECTED.put("review ASSESS_CIVIL_SOCIETY", "civil-society platform");
        EXPECTED.put("review REVIEW", "reviewer platform");
        EXPECTED.put("review COMMENT", "signed-in contact lead-body civil-society reviewer coordinator admin");
        EXPECTED.put("account CHANGE_OWN_PASSWORD", "signed-in contact lead-body civil-society reviewer coordinator admin");
    }

    /** A module's table with its actions' type, so that a row's action name can be looked up. */
    private record Policy<A extends Enum<A>>(PermissionTable<A> table, Class<A> actions) {

        boolean allows(Actor actor, String action, long parliamentId) {
            return table.allows(actor, Enum.valueOf(actions, action), parliamentId);
        }
    }

    private static final Map<String, Policy<?>> POLICIES = Map.of(
            "plan", new Policy<>(PlanPolicy.TABLE, PlanPolicy.Action.class),
            "commitment", new Policy<>(CommitmentPolicy.TABLE, CommitmentPolicy.Action.class),
            "parliament", new Policy<>(ParliamentPolicy.TABLE, ParliamentPolicy.Action.class),
            "account", new Policy<>(AccountPolicy.TABLE, AccountPolicy.Action.class),
            "cocreation", new Policy<>(org.hemicycle.cocreation.CoCreationPolicy.TABLE,
                    org.hemicycle.cocreation.CoCreationPolicy.Action.class),
            "consultation", new Policy<>(org.hemicycle.consultation.ConsultationPolicy.TABLE,
                    org.hemicycle.consultation.ConsultationPolicy.Action.class),
            "monitoring", new Policy<>(org.hemicycle.monitoring.MonitoringPolicy.TABLE,
                    org.hemicycle.monitoring.MonitoringPolicy.Action.class),
            "review", new Policy<>(org.hemicycle.review.ReviewPolicy.TABLE, org.hemicycle.review.ReviewPolicy.Action.class));

    private static final List<String> ACTORS = List.of("visitor", "signed-in", "contact", "lead-body", "civil-society",
            "reviewer", "coordinator", "admin", "platform");

    private static final Set<String> SAME_IN_EVERY_PARLIAMENT = Set.of("visitor", "signed-in", "coordinator", "admin",
            "platform");

    static Stream<Arguments> everyCell() {
        List<Arguments> cells = new ArrayList<>();
        EXPECTED.forEach((row, allowed) -> {
            List<String> whoMay = Arrays.asList(allowed.split(" "));
            for (String actor : ACTORS) {
                for (String parliament : List.of("own", "other")) {
                    // In another parliament, a role held elsewhere makes its holder one more signed-in person.
                    String standing = parliament.equals("own") || SAME_IN_EVERY_PARLIAMENT.contains(actor) ? actor
                            : "signed-in";
                    boolean expected = whoMay.contains(standing);
                    cells.add(Arguments.of(row, actor, parliament, expected));
                }
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1} in {2} parliament: {3}")
    @MethodSource("everyCell")
    void theTableAllowsExactlyWhatIsExpected(String row, String actorName, String parliament, boolean expected) {
        String[] moduleAndAction = row.split(" ");
        Policy<?> policy = POLICIES.get(moduleAndAction[0]);

        assertThat(policy.allows(actor(actorName), moduleAndAction[1], parliament.equals("own") ? OWN : OTHER))
                .isEqualTo(expected);
    }

    @Test
    void everyActionOfEveryModuleHasARowAbove() {
        POLICIES.forEach((module, policy) -> {
            for (Enum<?> action : policy.actions().getEnumConstants()) {
                assertThat(EXPECTED).containsKey(module + " " + action.name());
            }
        });
    }

    @Test
    void aTableThatLeavesAnActionOutIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PermissionTable.of(PlanPolicy.Action.class)
                        .allow(PlanPolicy.Action.EDIT, org.hemicycle.account.Standing.POINT_OF_CONTACT).build())
                .isInstanceOf(IllegalStateException.class);
    }

    private static Actor actor(String name) {
        return switch (name) {
            case "visitor" -> Actor.VISITOR;
            case "platform" -> Actor.platform("Imports");
            case "signed-in" -> user(null, null);
            case "coordinator" -> user(PlatformRole.COORDINATOR, null);
            case "admin" -> user(PlatformRole.ADMIN, null);
            case "contact" -> user(null, ParliamentRole.POINT_OF_CONTACT);
            case "lead-body" -> user(null, ParliamentRole.LEAD_BODY_MEMBER);
            case "civil-society" -> user(null, ParliamentRole.CIVIL_SOCIETY);
            case "reviewer" -> user(null, ParliamentRole.REVIEWER);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Someone holding the role in their own parliament only. */
    private static HemicycleUser user(PlatformRole platformRole, ParliamentRole role) {
        Map<Long, Set<ParliamentRole>> roles = role == null ? Map.of() : Map.of(OWN, EnumSet.of(role));
        return new HemicycleUser(42L, "someone@example.org", "Someone", "hash", platformRole, roles, 1);
    }
}
