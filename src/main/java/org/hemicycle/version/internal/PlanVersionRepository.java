package org.hemicycle.version.internal;

import java.util.List;
import java.util.Optional;
import org.hemicycle.version.VersionKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanVersionRepository extends JpaRepository<PlanVersionEntity, Long> {

    /** The list without the texts: each can be as long as the whole plan. */
    @Query("""
            select new org.hemicycle.version.internal.VersionHeading(v.id, v.planId, v.number, v.kind, v.label, v.reason,
                v.takenAt, v.takenBy)
            from PlanVersion v where v.planId = :planId order by v.number desc""")
    List<VersionHeading> headingsOf(Long planId);

    Optional<PlanVersionEntity> findByPlanIdAndNumber(Long planId, int number);

    Optional<PlanVersionEntity> findFirstByPlanIdOrderByNumberDesc(Long planId);

    boolean existsByPlanIdAndKind(Long planId, VersionKind kind);

    @Query("select coalesce(max(v.number), 0) from PlanVersion v where v.planId = :planId")
    int lastNumber(Long planId);
}
