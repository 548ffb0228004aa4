package org.hemicycle.mail;

/**
 * Where a message stands: waiting for the mail server, taken by it, kept in the outbox for want of one, or given up
 * after the server refused it too many times.
 */
public enum MailStatus { QUEUED, SENT, KEPT, FAILED }
