package org.hemicycle.account.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId and t.purpose = :purpose")
    void deleteByAccountIdAndPurpose(Long accountId, AccountToken.Purpose purpose);

    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId")
    void deleteByAccountId(Long accountId);

    /** Uses a token up: of two requests presenting it at once, only the one whose delete removed it goes on. */
    @Modifying
    @Query("delete from AccountToken t where t.id = :id")
    int spend(Long id);
}
