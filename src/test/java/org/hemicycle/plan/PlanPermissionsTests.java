package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.account.PlatformRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The permission table: (role, own or other parliament) → may view drafts, may edit. */
class PlanPermissionsTests {

    private static final long OWN = 1L;
    private static final long OTHER = 2L;

    @ParameterizedTest(name = "{0} in {1} parliament: view drafts {2}, edit {3}")
    @CsvSource({
            "POINT_OF_CONTACT, own,   true,  true",
            "POINT_OF_CONTACT, other, false, false",
            "LEAD_BODY_MEMBER, own,   true,  false",
            "LEAD_BODY_MEMBER, other, false, false",
            "CIVIL_SOCIETY,    own,   true,  false",
            "CIVIL_SOCIETY,    other, false, false",
            "REVIEWER,         own,   true,  false",
            "REVIEWER,         other, false, false",
            "COORDINATOR,      own,   true,  false",
            "COORDINATOR,      other, true,  false",
            "ADMIN,            own,   true,  false",
            "ADMIN,            other, true,  false",
            "NONE,             own,   false, false",
    })
    void permissionTable(String role, String whichParliament, boolean viewDrafts, boolean edit) {
        HemicycleUser user = userWith(role);
        long parliament = whichParliament.equals("own") ? OWN : OTHER;

        assertThat(PlanPermissions.mayViewDrafts(user, parliament)).isEqualTo(viewDrafts);
        assertThat(PlanPermissions.mayEdit(user, parliament)).isEqualTo(edit);
    }

    private static HemicycleUser userWith(String role) {
        PlatformRole platformRole = switch (role) {
            case "ADMIN" -> PlatformRole.ADMIN;
            case "COORDINATOR" -> PlatformRole.COORDINATOR;
            default -> null;
        };
        Map<Long, Set<ParliamentRole>> roles = platformRole != null || role.equals("NONE") ? Map.of()
                : Map.of(OWN, EnumSet.of(ParliamentRole.valueOf(role)));
        return new HemicycleUser(42L, "someone@example.org", "Someone", "hash", platformRole, roles, 1);
    }
}
