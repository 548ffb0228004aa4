package org.hemicycle.mail;

/** Where a message stands: waiting for the mail server, taken by it, or kept in the outbox for want of one. */
public enum MailStatus { QUEUED, SENT, KEPT }
