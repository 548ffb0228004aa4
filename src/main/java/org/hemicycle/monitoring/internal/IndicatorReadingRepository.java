package org.hemicycle.monitoring.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorReadingRepository extends JpaRepository<IndicatorReadingEntity, Long> {

    List<IndicatorReadingEntity> findByCommitmentIdOrderByIndicatorIdAscReadOnAscIdAsc(Long commitmentId);
}
