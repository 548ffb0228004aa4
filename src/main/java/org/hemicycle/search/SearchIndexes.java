package org.hemicycle.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletionStage;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records are indexed as their transactions commit. What the index held before this node started may be out of date
 * (records changed while it was stopped, a restored database, a mapping changed by an upgrade), so each start rebuilds
 * the whole index from the database, in the background once the node serves: search is incomplete meanwhile, and
 * nothing else waits for it unless {@code hemicycle.search.await-rebuild} says so (the tests, which read it at once).
 */
@Component
class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final EntityManagerFactory entityManagerFactory;
    private final boolean awaitRebuild;

    SearchIndexes(EntityManagerFactory entityManagerFactory, @Value("${hemicycle.search.await-rebuild:false}") boolean awaitRebuild) {
        this.entityManagerFactory = entityManagerFactory;
        this.awaitRebuild = awaitRebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuild() {
        long started = System.nanoTime();
        // The purge and the reload are one operation: a record committed meanwhile is indexed by its own commit too.
        CompletionStage<?> rebuilt = Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
                .threadsToLoadObjects(1).purgeAllOnStart(true).start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("The search index could not be rebuilt", failure);
                    } else {
                        log.info("The search index is rebuilt from the database in {} ms", (System.nanoTime() - started) / 1_000_000);
                    }
                });
        if (awaitRebuild) {
            rebuilt.toCompletableFuture().join();
        }
    }
}
