package org.hemicycle.consultation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRepository extends JpaRepository<ConsultationEntity, Long> {

    List<ConsultationEntity> findByPlanIdOrderByOpensAtDesc(Long planId);

    Optional<ConsultationEntity> findFirstByPlanIdAndOpensAtLessThanEqualOrderByOpensAtDesc(Long planId, java.time.Instant now);

    Optional<ConsultationEntity> findByIdAndPlanId(Long id, Long planId);

    @Query("select c.planId from ConsultationEntity c where c.id = :id")
    Optional<Long> findPlanIdById(Long id);
}
