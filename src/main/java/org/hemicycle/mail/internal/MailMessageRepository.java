package org.hemicycle.mail.internal;

import java.time.Instant;
import org.hemicycle.mail.MailStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    Page<MailMessage> findAllByOrderByIdDesc(Pageable page);

    @Modifying
    @Query("delete from MailMessage m where m.accountId = :accountId or lower(m.recipient) = lower(:recipient)")
    int deleteByAccountIdOrRecipient(Long accountId, String recipient);

    /**
     * Claims a queued message for one delivery until {@code until}: one statement, so that of two nodes offered the
     * same message only one gets it. A claim left by a node that stopped half way expires.
     */
    @Modifying
    @Query("update MailMessage m set m.claimedUntil = :until where m.id = :id and m.status = :queued"
            + " and (m.claimedUntil is null or m.claimedUntil < :now)")
    int claim(Long id, Instant now, Instant until, MailStatus queued);

    @Modifying
    @Query("delete from MailMessage m where m.queuedAt < :before and m.status <> :queued")
    int deleteDeliveredBefore(Instant before, MailStatus queued);
}
