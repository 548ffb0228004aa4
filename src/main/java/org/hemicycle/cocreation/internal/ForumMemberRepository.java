package org.hemicycle.cocreation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ForumMemberRepository extends JpaRepository<ForumMemberEntity, Long> {

    List<ForumMemberEntity> findByPlanIdOrderBySideAscIdAsc(Long planId);

    Optional<ForumMemberEntity> findByIdAndPlanId(Long id, Long planId);
}
