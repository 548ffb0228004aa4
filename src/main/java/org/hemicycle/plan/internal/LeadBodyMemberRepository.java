package org.hemicycle.plan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeadBodyMemberRepository extends JpaRepository<LeadBodyMemberEntity, Long> {

    List<LeadBodyMemberEntity> findByPlanIdOrderByPositionAsc(Long planId);

    Optional<LeadBodyMemberEntity> findByIdAndPlanId(Long id, Long planId);

    @Query("select coalesce(max(m.position), 0) from LeadBodyMember m where m.planId = :planId")
    int maxPosition(Long planId);

    long countByPlanId(Long planId);
}
