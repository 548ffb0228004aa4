package org.hemicycle.cocreation.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    List<MeetingEntity> findByPlanIdOrderByStartsAtAsc(Long planId);

    Optional<MeetingEntity> findByIdAndPlanId(Long id, Long planId);

    @Query("select m.planId from MeetingEntity m where m.id = :id")
    Optional<Long> findPlanIdById(Long id);

    /** The meeting row, locked until the transaction ends: registrations for one meeting are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MeetingEntity m where m.id = :id")
    Optional<MeetingEntity> lockById(Long id);
}
