package org.hemicycle.plan.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ActionPlanRepository extends JpaRepository<ActionPlanEntity, Long> {

    /** The plan row, locked until the transaction ends: changes that count or number a plan's lists queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ActionPlan p where p.id = :id")
    Optional<ActionPlanEntity> lockById(Long id);

    @Query("select p.parliamentId from ActionPlan p where p.id = :id")
    Optional<Long> findParliamentIdById(Long id);

    Optional<ActionPlanEntity> findByParliamentIdAndSlug(Long parliamentId, String slug);

    /**
     * The same with the plan's chambers in the same statement, for the plan page, which shows them. A fetch in the
     * query rather than an entity graph: Hibernate translates a query with a graph anew on every call.
     */
    @Query("select p from ActionPlan p left join fetch p.chamberIds where p.parliamentId = :parliamentId and p.slug = :slug")
    Optional<ActionPlanEntity> findWithChambersByParliamentIdAndSlug(Long parliamentId, String slug);

    boolean existsByParliamentIdAndSlug(Long parliamentId, String slug);

    List<ActionPlanEntity> findByParliamentIdOrderByPeriodStartDesc(Long parliamentId);

    List<ActionPlanEntity> findByParliamentIdInOrderByPeriodStartDesc(Collection<Long> parliamentIds);

    Optional<ActionPlanEntity> findByPreviousPlanId(Long previousPlanId);
}
