package org.hemicycle.parliament.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChamberRepository extends JpaRepository<ChamberEntity, Long> {

    List<ChamberEntity> findByParliamentIdOrderByPositionAsc(Long parliamentId);

    List<ChamberEntity> findByParliamentIdInOrderByPositionAsc(Collection<Long> parliamentIds);
}
