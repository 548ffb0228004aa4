package org.hemicycle.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.hemicycle.mail.MailStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued messages to the SMTP server, after the queuing transaction commits, on a thread of its own. A
 * failure is recorded on the message and thrown again, so that the publication stays incomplete and
 * {@link MailRetries} offers it again later. Without a configured server (no {@code spring.mail.host}) a message
 * is kept in the outbox. Each delivery first claims its message, so that two nodes offered it never both send it,
 * and a message the server keeps refusing is given up after {@code hemicycle.mail.give-up-after} attempts.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailMessageRepository messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final String from;
    private final int giveUpAfter;
    private final TransactionTemplate ownTransaction;

    MailDelivery(MailMessageRepository messages, ObjectProvider<JavaMailSender> smtp,
                 @Value("${hemicycle.mail.from:Hemicycle <no-reply@localhost>}") String from,
                 @Value("${hemicycle.mail.give-up-after:12}") int giveUpAfter,
                 @Value("${hemicycle.public-url:}") String publicUrl,
                 PlatformTransactionManager transactions) {
        if (smtp.getIfAvailable() != null && publicUrl.isBlank()) {
            // Links in real emails would point at localhost.
            throw new IllegalStateException("A mail server is configured (spring.mail.host) but not the public address "
                    + "its links must point to: set HEMICYCLE_PUBLIC_URL, e.g. https://plans.example.org");
        }
        this.messages = messages;
        this.smtp = smtp;
        this.from = from;
        this.giveUpAfter = giveUpAfter;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        Instant now = Instant.now();
        Integer claimed = ownTransaction.execute(status ->
                messages.claim(queued.messageId(), now, now.plus(CLAIM), MailStatus.QUEUED));
        if (claimed == null || claimed == 0) {
            return; // erased with its account, delivered already, given up, or being delivered by another node
        }
        MailMessage message = messages.findById(queued.messageId()).orElseThrow();
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            message.kept();
            return;
        }
        try {
            sender.send(mime(sender, message));
        } catch (MailException | MessagingException failure) {
            String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            boolean givenUp = Boolean.TRUE.equals(ownTransaction.execute(status -> messages.findById(message.getId())
                    .map(failed -> {
                        failed.failed(error, giveUpAfter);
                        return failed.getStatus() == MailStatus.FAILED;
                    }).orElse(true)));
            if (givenUp) {
                log.error("Mail {} given up after {} refused attempts: {}", message.getId(), giveUpAfter, error);
                return;
            }
            log.warn("Mail {} not delivered, to be tried again: {}", message.getId(), error);
            throw new MailNotDelivered(message.getId(), failure);
        }
        // A failure to record this after the server took the message sends it again later: delivery is at least once.
        message.sent();
    }

    private MimeMessage mime(JavaMailSender sender, MailMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getBody(), false);
        mime.setHeader("Content-Language", message.getLanguage());
        if (message.getUnsubscribeUrl() != null) {
            // RFC 8058: mail clients offer "unsubscribe", and a POST to the address unsubscribes at once.
            mime.setHeader("List-Unsubscribe", "<" + message.getUnsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }

    static class MailNotDelivered extends RuntimeException {
        MailNotDelivered(Long id, Exception cause) {
            super("Mail " + id + " not delivered", cause);
        }
    }
}
