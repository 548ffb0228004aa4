package org.hemicycle.plan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SelectedOrganizationRepository extends JpaRepository<SelectedOrganizationEntity, Long> {

    List<SelectedOrganizationEntity> findByPlanIdOrderByPositionAsc(Long planId);

    Optional<SelectedOrganizationEntity> findByIdAndPlanId(Long id, Long planId);

    @Query("select coalesce(max(o.position), 0) from SelectedOrganization o where o.planId = :planId")
    int maxPosition(Long planId);

    long countByPlanId(Long planId);
}
