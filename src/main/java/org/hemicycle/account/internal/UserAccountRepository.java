package org.hemicycle.account.internal;

import java.util.List;
import java.util.Optional;
import org.hemicycle.account.PlatformRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByPlatformRole(PlatformRole role);

    /** The enabled accounts of a platform role, locked: two admins leaving at once cannot both be "not the last". */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.platformRole = :role and a.enabled = true")
    List<UserAccount> lockEnabledByPlatformRole(PlatformRole role);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    @Query("select a.securityVersion from UserAccount a where a.id = :id and a.enabled = true")
    Optional<Integer> findSecurityVersion(Long id);
}
