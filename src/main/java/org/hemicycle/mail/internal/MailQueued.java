package org.hemicycle.mail.internal;

/**
 * A message was written to the outbox. Published through the event publication registry, so that its delivery is
 * attempted again after a failure or a crash until the mail server has taken it.
 */
public record MailQueued(Long messageId) {
}
