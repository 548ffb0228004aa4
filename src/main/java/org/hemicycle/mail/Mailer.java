package org.hemicycle.mail;

import java.util.Optional;
import org.hemicycle.mail.internal.MailMessage;
import org.hemicycle.mail.internal.MailMessageRepository;
import org.hemicycle.mail.internal.MailQueued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail module's API. A message is queued in the transaction of the action that causes it, so that it is sent
 * if and only if that action is saved; delivery follows the commit, off the request's thread.
 *
 * <p>Who may read the outbox is decided where its pages are mapped: platform admins only (the addresses and
 * links in it are personal).
 */
@Service
@Transactional(readOnly = true)
public class Mailer {

    public static final int OUTBOX_PAGE_SIZE = 50;

    private final MailMessageRepository messages;
    private final ApplicationEventPublisher events;

    Mailer(MailMessageRepository messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /** Joins the caller's transaction: a message about an action that rolls back is never sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Mail mail) {
        MailMessage message = messages.save(new MailMessage(mail.accountId(), mail.to(), mail.language().toLanguageTag(),
                mail.subject(), mail.body(), mail.unsubscribeUrl()));
        events.publishEvent(new MailQueued(message.getId()));
    }

    /** The outbox, newest first, a page at a time (numbered from 0). */
    public Page<OutboxEntry> outbox(int page) {
        return messages.findAllByOrderByIdDesc(PageRequest.of(Math.max(0, page), OUTBOX_PAGE_SIZE)).map(MailMessage::entry);
    }

    public Optional<OutboxEntry> message(Long id) {
        return messages.findById(id).map(MailMessage::entry);
    }

    /**
     * Erases every message about this account or to its address, sent or not, whichever address it went to: for a
     * person who deletes their account.
     */
    @Transactional
    public int forget(Long accountId, String recipient) {
        return messages.deleteByAccountIdOrRecipient(accountId, recipient);
    }
}
