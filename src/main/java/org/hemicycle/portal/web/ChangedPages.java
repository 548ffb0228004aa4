package org.hemicycle.portal.web;

import java.util.Set;
import org.hemicycle.commitment.CommitmentChanged;
import org.hemicycle.parliament.ParliamentRegistered;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.cocreation.CoCreationChanged;
import org.hemicycle.consultation.ConsultationChanged;
import org.hemicycle.plan.PlanChanged;
import org.hemicycle.plan.PlanPublished;
import org.hemicycle.plan.PlanStepReached;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which pages show what an event changed: the changed plan's pages (plan, commitments, its team's workspace), its
 * parliament's page, the home page, and the same under the JSON API. Only those leave the page cache; the rest
 * stay. The events carry the plan's address, so that this reads nothing from the database.
 *
 * <p>Acted on as the change commits, on the writer's own thread, not later on a listener's: the editor who saved a
 * form is redirected to a page that must already show it. Not a transactional event listener: Spring Modulith
 * would write every such event to its publication registry and delete it again, a database round trip per event
 * to make an eviction from this node's memory durable, which a restart empties anyway.
 */
@Component
class ChangedPages {

    /** The list of every parliament with its plans: served under the API only, as /api/v1/parliaments. */
    private static final String LIST = "/parliaments";

    private final PageCache cache;

    ChangedPages(PageCache cache) {
        this.cache = cache;
    }

    @EventListener
    void on(PlanChanged changed) {
        dropPlan(changed.planId(), changed.address());
    }

    @EventListener
    void on(PlanStepReached reached) {
        dropPlan(reached.planId(), reached.address());
    }

    @EventListener
    void on(PlanPublished published) {
        dropPlan(published.planId(), published.address());
        // A plan started from an earlier one is named on that one's page once it is public.
        drop(Set.of(), Set.of(published.address().parliamentPath() + "/plans"));
    }

    @EventListener
    void on(CommitmentChanged changed) {
        dropPlan(changed.planId(), changed.planAddress());
    }

    @EventListener
    void on(CoCreationChanged changed) {
        if (changed.registrationsOnly()) {
            drop(Set.of(changed.meetingsPath()), Set.of(changed.meetingsPath()));
        } else {
            dropPlan(changed.planId(), changed.address());
        }
    }

    @EventListener
    void on(ConsultationChanged changed) {
        if (changed.planPagesToo()) {
            dropPlan(changed.planId(), changed.address());
            return;
        }
        drop(Set.of(changed.consultationsPath()), Set.of(changed.consultationsPath()));
    }

    @EventListener
    void on(ParliamentRegistered registered) {
        drop(Set.of("/", LIST, "/parliaments/" + registered.slug()), Set.of());
    }

    /** The plan's pages, its workspace, and what lists it: its parliament's page and the home page. */
    private void dropPlan(Long planId, PlanAddress address) {
        drop(Set.of("/", LIST, address.parliamentPath(), address.parliamentPath() + "/dashboard", "/manage/plans/" + planId),
                Set.of(address.path()));
    }

    /** After the commit when there is a transaction: a page rendered before it would otherwise be cached again. */
    private void drop(Set<String> paths, Set<String> prefixes) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.drop(paths, prefixes);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.drop(paths, prefixes);
            }
        });
    }
}
