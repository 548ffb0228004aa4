package org.hemicycle.parliament;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChamberRepository extends JpaRepository<Chamber, Long> {

    List<Chamber> findByParliamentIdOrderByPositionAsc(Long parliamentId);

    List<Chamber> findByParliamentIdInOrderByPositionAsc(Collection<Long> parliamentIds);
}
