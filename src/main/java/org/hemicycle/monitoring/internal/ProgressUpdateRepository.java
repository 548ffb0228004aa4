package org.hemicycle.monitoring.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdateEntity, Long> {

    List<ProgressUpdateEntity> findByCommitmentIdOrderByPostedOnDescIdDesc(Long commitmentId, Limit limit);

    long countByCommitmentId(Long commitmentId);
}
