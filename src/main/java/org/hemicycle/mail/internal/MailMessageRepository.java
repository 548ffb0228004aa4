package org.hemicycle.mail.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    Page<MailMessage> findAllByOrderByIdDesc(Pageable page);

    @Modifying
    @Query("delete from MailMessage m where lower(m.recipient) = lower(:recipient)")
    int deleteByRecipient(String recipient);
}
