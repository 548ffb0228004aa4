package org.hemicycle.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records are indexed as their transactions commit. A node whose index does not hold every record (its first start,
 * a new index directory, records written before a type was indexed) rebuilds that type's index from the database,
 * in the background once the node serves: search is incomplete meanwhile, and nothing else waits for it.
 */
@Component
class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexes(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhatIsMissing() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            for (SearchIndexedEntity<?> type : mapping.allIndexedEntities()) {
                long indexed = session.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                long stored = entityManager.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                        .getSingleResult();
                if (indexed != stored) {
                    log.info("Rebuilding the search index of {}: {} records indexed of {}", type.jpaName(), indexed, stored);
                    mapping.scope(type.javaClass()).massIndexer().threadsToLoadObjects(1).start()
                            .whenComplete((done, failure) -> {
                                if (failure != null) {
                                    log.error("The search index of {} could not be rebuilt", type.jpaName(), failure);
                                } else {
                                    log.info("The search index of {} is rebuilt", type.jpaName());
                                }
                            });
                }
            }
        }
    }
}
