package org.hemicycle.mail.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.hemicycle.mail.MailStatus;

/**
 * Offers undelivered messages to the mail server again, so that an outage of the server loses nothing: failed
 * deliveries every {@code hemicycle.mail.retry-every}, and deliveries that never finished (a node that stopped
 * half way) after an hour. One node at a time (ShedLock), so that two nodes never send the same message twice
 * at once.
 */
@Component
class MailRetries {

    private static final Duration UNFINISHED = Duration.ofHours(1);

    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;
    private final Duration retryEvery;
    private final MailMessageRepository messages;
    private final TransactionTemplate transactions;
    private final Duration keepFor;

    MailRetries(FailedEventPublications failed, IncompleteEventPublications incomplete,
                @Value("${hemicycle.mail.retry-every:PT5M}") Duration retryEvery, MailMessageRepository messages,
                TransactionTemplate transactions, @Value("${hemicycle.mail.keep-for:P90D}") Duration keepFor) {
        this.failed = failed;
        this.incomplete = incomplete;
        this.retryEvery = retryEvery;
        this.messages = messages;
        this.transactions = transactions;
        this.keepFor = keepFor;
    }

    @Scheduled(fixedDelayString = "${hemicycle.mail.retry-every:PT5M}", initialDelayString = "${hemicycle.mail.retry-every:PT5M}")
    @SchedulerLock(name = "mail-retries")
    void retry() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryEvery).withBatchSize(100)
                .withFilter(publication -> publication.getEvent() instanceof MailQueued));
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MailQueued
                && publication.getPublicationDate().isBefore(java.time.Instant.now().minus(UNFINISHED)));
    }

    /** The outbox keeps what it delivered for {@code hemicycle.mail.keep-for}, then forgets it. */
    @Scheduled(cron = "${hemicycle.mail.forget-cron:0 17 3 * * *}")
    @SchedulerLock(name = "mail-retention")
    void forgetDelivered() {
        transactions.executeWithoutResult(status ->
                messages.deleteDeliveredBefore(java.time.Instant.now().minus(keepFor), MailStatus.QUEUED));
    }
}
