package org.hemicycle.account.internal;

import java.util.List;
import java.util.Optional;
import org.hemicycle.account.ParliamentRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByUserId(Long userId);

    List<RoleGrant> findByParliamentIdAndRole(Long parliamentId, ParliamentRole role);

    List<RoleGrant> findAllByOrderByParliamentIdAsc();

    boolean existsByUserIdAndParliamentIdAndRole(Long userId, Long parliamentId, ParliamentRole role);

    Optional<RoleGrant> findByIdAndUserId(Long id, Long userId);

    @Modifying
    @Query("delete from RoleGrant g where g.userId = :userId")
    void deleteByUserId(Long userId);
}
