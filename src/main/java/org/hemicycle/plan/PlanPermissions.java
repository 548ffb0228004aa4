package org.hemicycle.plan;

import org.hemicycle.account.CurrentUser;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every plan action asks here first. Roles count only in the parliament that granted them.
 */
@Component
public class PlanPermissions {

    private final CurrentUser currentUser;

    PlanPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canViewDrafts(Long parliamentId) {
        return currentUser.get().map(user -> mayViewDrafts(user, parliamentId)).orElse(false);
    }

    public boolean canEdit(Long parliamentId) {
        return currentUser.get().map(user -> mayEdit(user, parliamentId)).orElse(false);
    }

    public boolean canView(ActionPlan plan) {
        return plan.isPublished() || canViewDrafts(plan.getParliamentId());
    }

    public void checkEdit(Long parliamentId) {
        if (!canEdit(parliamentId)) {
            throw new AccessDeniedException("Not an editor of parliament " + parliamentId);
        }
    }

    /** Members of a parliament's plan team, and the network's staff, follow drafts before publication. */
    static boolean mayViewDrafts(HemicycleUser user, Long parliamentId) {
        return user.isAdmin() || user.isCoordinator() || !user.rolesIn(parliamentId).isEmpty();
    }

    /** The point of contact runs the plan: drafts, records each step, publishes. */
    static boolean mayEdit(HemicycleUser user, Long parliamentId) {
        return user.hasRole(parliamentId, ParliamentRole.POINT_OF_CONTACT);
    }
}
