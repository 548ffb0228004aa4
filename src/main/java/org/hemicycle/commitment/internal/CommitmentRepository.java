package org.hemicycle.commitment.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CommitmentRepository extends JpaRepository<CommitmentEntity, Long> {

    List<CommitmentEntity> findByPlanIdOrderByNumberAsc(Long planId);

    Optional<CommitmentEntity> findByPlanIdAndNumber(Long planId, int number);

    long countByPlanId(Long planId);

    /** Held until the transaction ends: deleting the commitment and accepting an input into it are taken in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Commitment c where c.id = :id")
    Optional<CommitmentEntity> findLocked(Long id);

    @Query("select c.planId from Commitment c where c.id = :id")
    Optional<Long> findPlanIdById(Long id);

    @Query("select c from Commitment c left join fetch c.ogpValues where c.planId = :planId order by c.number")
    List<CommitmentEntity> findWithValuesByPlanId(Long planId);

    @Query("""
            select new org.hemicycle.commitment.internal.CompletionCount(c.planId, c.completion, count(c))
            from Commitment c where c.planId in :planIds group by c.planId, c.completion""")
    List<CompletionCount> countByPlanAndCompletion(java.util.Collection<Long> planIds);
}
