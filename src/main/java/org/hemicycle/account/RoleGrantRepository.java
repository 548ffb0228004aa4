package org.hemicycle.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByUserId(Long userId);

    List<RoleGrant> findAllByOrderByParliamentIdAsc();

    boolean existsByUserIdAndParliamentIdAndRole(Long userId, Long parliamentId, ParliamentRole role);

    Optional<RoleGrant> findByIdAndUserId(Long id, Long userId);
}
