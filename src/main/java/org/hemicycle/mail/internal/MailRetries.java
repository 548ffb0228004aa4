package org.hemicycle.mail.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

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

    MailRetries(FailedEventPublications failed, IncompleteEventPublications incomplete,
                @Value("${hemicycle.mail.retry-every:PT5M}") Duration retryEvery) {
        this.failed = failed;
        this.incomplete = incomplete;
        this.retryEvery = retryEvery;
    }

    @Scheduled(fixedDelayString = "${hemicycle.mail.retry-every:PT5M}", initialDelayString = "${hemicycle.mail.retry-every:PT5M}")
    @SchedulerLock(name = "mail-retries")
    void retry() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryEvery).withBatchSize(100)
                .withFilter(publication -> publication.getEvent() instanceof MailQueued));
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MailQueued
                && publication.getPublicationDate().isBefore(java.time.Instant.now().minus(UNFINISHED)));
    }
}
