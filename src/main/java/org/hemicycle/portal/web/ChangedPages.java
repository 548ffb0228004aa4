package org.hemicycle.portal.web;

import java.util.Set;
import org.hemicycle.commitment.CommitmentChanged;
import org.hemicycle.parliament.ParliamentRegistered;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanChanged;
import org.hemicycle.plan.PlanPublished;
import org.hemicycle.plan.PlanStepReached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Which public pages show what an event changed: the changed plan's pages (plan, commitments), its parliament's
 * page, the home page, and the same under the JSON API. Only those leave the page cache; the rest stay. The events
 * carry the plan's address, so that this reads nothing from the database.
 */
@Component
class ChangedPages {

    /** The list of every parliament with its plans: served under the API only, as /api/v1/parliaments. */
    private static final String LIST = "/parliaments";

    private final PublicPageCache cache;

    ChangedPages(PublicPageCache cache) {
        this.cache = cache;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(PlanChanged changed) {
        dropPlan(changed.address());
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(PlanStepReached reached) {
        dropPlan(reached.address());
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(PlanPublished published) {
        dropPlan(published.address());
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(CommitmentChanged changed) {
        dropPlan(changed.planAddress());
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ParliamentRegistered registered) {
        cache.drop(Set.of("/", LIST, "/parliaments/" + registered.slug()), Set.of());
    }

    /** The plan's pages and what lists it: its parliament's page and the home page. */
    private void dropPlan(PlanAddress address) {
        cache.drop(Set.of("/", LIST, address.parliamentPath()), Set.of(address.path()));
    }
}
