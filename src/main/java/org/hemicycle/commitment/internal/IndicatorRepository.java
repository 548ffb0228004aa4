package org.hemicycle.commitment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<IndicatorEntity, Long> {

    List<IndicatorEntity> findByCommitmentIdOrderByPositionAsc(Long commitmentId);

    Optional<IndicatorEntity> findByIdAndCommitmentId(Long id, Long commitmentId);

    @Query("select coalesce(max(i.position), 0) from Indicator i where i.commitmentId = :commitmentId")
    int maxPosition(Long commitmentId);

    long countByCommitmentId(Long commitmentId);

    @Query("select i from Indicator i where i.commitmentId in (select c.id from Commitment c where c.planId = :planId) order by i.position")
    List<IndicatorEntity> findByPlanIdInOrder(Long planId);

    @Query("""
            select new org.hemicycle.commitment.internal.IndicatorCount(i.commitmentId, count(i))
            from Indicator i where i.commitmentId in (select c.id from Commitment c where c.planId = :planId)
            group by i.commitmentId""")
    List<IndicatorCount> countByCommitmentOfPlan(Long planId);
}
