package org.hemicycle.commitment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<ActivityEntity, Long> {

    List<ActivityEntity> findByCommitmentIdOrderByStartDateAscPositionAsc(Long commitmentId);

    Optional<ActivityEntity> findByIdAndCommitmentId(Long id, Long commitmentId);

    @Query("select coalesce(max(a.position), 0) from Activity a where a.commitmentId = :commitmentId")
    int maxPosition(Long commitmentId);

    long countByCommitmentId(Long commitmentId);

    @Query("select a from Activity a where a.commitmentId in (select c.id from Commitment c where c.planId = :planId)")
    List<ActivityEntity> findByPlanId(Long planId);

    @Query("select a from Activity a where a.commitmentId in (select c.id from Commitment c where c.planId = :planId) order by a.startDate, a.position")
    List<ActivityEntity> findByPlanIdInOrder(Long planId);

    @Query("""
            select new org.hemicycle.commitment.internal.ActivityCount(a.commitmentId, count(a),
                   sum(case when a.completed = true then 1 else 0 end), sum(a.weight * a.progressPercent), sum(a.weight))
            from Activity a where a.commitmentId in (select c.id from Commitment c where c.planId = :planId)
            group by a.commitmentId""")
    List<ActivityCount> countByCommitmentOfPlan(Long planId);
}
