package org.hemicycle.following.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hemicycle.following.Frequency;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FollowerRepository extends JpaRepository<FollowerEntity, Long> {

    Optional<FollowerEntity> findByPlanIdAndSubjectAndEmail(Long planId, String subject, String email);

    Optional<FollowerEntity> findByToken(String token);

    /** What is followed by anyone: each plan, and each consultation, once. */
    @Query("select distinct f.planId, f.consultationId from FollowerEntity f where f.confirmedAt is not null")
    List<Object[]> findFollowedSubjects();

    /** The followers of one thing whose news is due, held until their news is queued, in id order. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FollowerEntity f where f.planId = :planId and f.subject = :subject and f.confirmedAt is not null"
            + " and f.frequency = :frequency and f.newsSince < :before order by f.id")
    List<FollowerEntity> findDue(Long planId, String subject, Frequency frequency, Instant before, Pageable page);

    long countByPlanIdAndSubjectAndConfirmedAtIsNotNull(Long planId, String subject);
}
