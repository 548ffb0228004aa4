package org.hemicycle.plan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoCreationMeetingRepository extends JpaRepository<CoCreationMeetingEntity, Long> {

    List<CoCreationMeetingEntity> findByPlanIdOrderByHeldOnAsc(Long planId);

    Optional<CoCreationMeetingEntity> findByIdAndPlanId(Long id, Long planId);
}
