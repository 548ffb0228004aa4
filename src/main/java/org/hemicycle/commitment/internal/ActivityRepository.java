package org.hemicycle.commitment.internal;

import java.time.LocalDate;
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

    /** Each plan's activities counted in one statement, for the pages that list several plans. */
    @Query("""
            select new org.hemicycle.commitment.internal.PlanActivityCount(c.planId, count(a),
                   sum(case when a.completed = true then 1 else 0 end),
                   sum(case when a.completed = false and a.endDate < :today then 1 else 0 end))
            from Activity a, Commitment c where c.id = a.commitmentId and c.planId in :planIds
            group by c.planId""")
    List<PlanActivityCount> countByPlan(java.util.Collection<Long> planIds, LocalDate today);

    /** Activities not done whose end date is on or before {@code until}, with their commitment, by end date. */
    @Query("""
            select new org.hemicycle.commitment.DueActivity(c.planId, c.id, c.number, c.title, a.id, a.description, a.endDate,
                   a.progressPercent, c.contactName, c.contactEmail)
            from Activity a, Commitment c where c.id = a.commitmentId and a.completed = false and a.endDate <= :until
              and (:planId is null or c.planId = :planId)
            order by a.endDate, c.number, a.position""")
    List<org.hemicycle.commitment.DueActivity> findDue(LocalDate until, @org.jspecify.annotations.Nullable Long planId);
}
