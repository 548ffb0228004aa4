package org.hemicycle.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseTransitionRepository extends JpaRepository<PhaseTransitionEntity, Long> {

    List<PhaseTransitionEntity> findByPlanIdOrderByMovedAtAsc(Long planId);
}
