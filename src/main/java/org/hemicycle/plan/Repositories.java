package org.hemicycle.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    /** The plan row, locked until the transaction ends: changes that count or number a plan's lists queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ActionPlan p where p.id = :id")
    Optional<ActionPlan> lockById(Long id);

    Optional<ActionPlan> findByParliamentIdAndSlug(Long parliamentId, String slug);

    boolean existsByParliamentIdAndSlug(Long parliamentId, String slug);

    List<ActionPlan> findByParliamentIdOrderByPeriodStartDesc(Long parliamentId);

    List<ActionPlan> findByParliamentIdInOrderByPeriodStartDesc(Collection<Long> parliamentIds);
}

interface LeadBodyMemberRepository extends JpaRepository<LeadBodyMember, Long> {

    List<LeadBodyMember> findByPlanIdOrderByPositionAsc(Long planId);

    Optional<LeadBodyMember> findByIdAndPlanId(Long id, Long planId);

    @Query("select coalesce(max(m.position), 0) from LeadBodyMember m where m.planId = :planId")
    int maxPosition(Long planId);

    long countByPlanId(Long planId);
}

interface SelectedOrganizationRepository extends JpaRepository<SelectedOrganization, Long> {

    List<SelectedOrganization> findByPlanIdOrderByPositionAsc(Long planId);

    Optional<SelectedOrganization> findByIdAndPlanId(Long id, Long planId);

    @Query("select coalesce(max(o.position), 0) from SelectedOrganization o where o.planId = :planId")
    int maxPosition(Long planId);

    long countByPlanId(Long planId);
}

interface CoCreationMeetingRepository extends JpaRepository<CoCreationMeeting, Long> {

    List<CoCreationMeeting> findByPlanIdOrderByHeldOnAsc(Long planId);

    Optional<CoCreationMeeting> findByIdAndPlanId(Long id, Long planId);
}

interface PhaseTransitionRepository extends JpaRepository<PhaseTransition, Long> {

    List<PhaseTransition> findByPlanIdOrderByMovedAtAsc(Long planId);
}

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByPlanIdOrderByNumberAsc(Long planId);

    Optional<Commitment> findByPlanIdAndNumber(Long planId, int number);

    long countByPlanId(Long planId);

    @Query("select c.planId from Commitment c where c.id = :id")
    Optional<Long> findPlanIdById(Long id);

    @Query("select c from Commitment c left join fetch c.ogpValues where c.planId = :planId order by c.number")
    List<Commitment> findWithValuesByPlanId(Long planId);
}

/** How many activities a commitment has and how many are done, for progress bars. */
record ActivityCount(Long commitmentId, long total, long completed) {
}

/** How many indicators a commitment has, for the Annex A completeness check. */
record IndicatorCount(Long commitmentId, long total) {
}

interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByCommitmentIdOrderByStartDateAscPositionAsc(Long commitmentId);

    Optional<Activity> findByIdAndCommitmentId(Long id, Long commitmentId);

    @Query("select coalesce(max(a.position), 0) from Activity a where a.commitmentId = :commitmentId")
    int maxPosition(Long commitmentId);

    long countByCommitmentId(Long commitmentId);

    @Query("select a from Activity a where a.commitmentId in (select c.id from Commitment c where c.planId = :planId)")
    List<Activity> findByPlanId(Long planId);

    @Query("""
            select new org.hemicycle.plan.ActivityCount(a.commitmentId, count(a),
                   sum(case when a.completed = true then 1 else 0 end))
            from Activity a where a.commitmentId in :commitmentIds group by a.commitmentId""")
    List<ActivityCount> countByCommitment(Collection<Long> commitmentIds);
}

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByCommitmentIdOrderByPositionAsc(Long commitmentId);

    Optional<Indicator> findByIdAndCommitmentId(Long id, Long commitmentId);

    @Query("select coalesce(max(i.position), 0) from Indicator i where i.commitmentId = :commitmentId")
    int maxPosition(Long commitmentId);

    long countByCommitmentId(Long commitmentId);

    @Query("""
            select new org.hemicycle.plan.IndicatorCount(i.commitmentId, count(i))
            from Indicator i where i.commitmentId in :commitmentIds group by i.commitmentId""")
    List<IndicatorCount> countByCommitment(Collection<Long> commitmentIds);
}
