package org.hemicycle.cocreation;

import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the other modules that a plan's co-creation pages show something new, with the plan's address. */
@Component
class PlanChanges {

    private final ParliamentService parliaments;
    private final ApplicationEventPublisher events;

    PlanChanges(ParliamentService parliaments, ApplicationEventPublisher events) {
        this.parliaments = parliaments;
        this.events = events;
    }

    void announce(ActionPlan plan) {
        events.publishEvent(new CoCreationChanged(plan.getId(), address(plan), false));
    }

    /** Only who registered changed: the meetings' pages show it, nothing else does. */
    void announceRegistrations(ActionPlan plan) {
        events.publishEvent(new CoCreationChanged(plan.getId(), address(plan), true));
    }

    private PlanAddress address(ActionPlan plan) {
        return new PlanAddress(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug());
    }
}
