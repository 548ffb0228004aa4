package org.hemicycle.plan;

import org.hemicycle.account.Actor;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A plan was started from the one before it, at the end of that one's cycle. Published inside the transaction that
 * starts it, so that what the other modules carry over (the forum, the commitments not completed) is part of the same
 * change: their listeners run synchronously.
 */
@DomainEvent
public record PlanRenewed(Long previousPlanId, Long nextPlanId, Long parliamentId, Actor actor) {
}
