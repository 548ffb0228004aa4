/**
 * Email: every message is first written to the outbox in the database, in the transaction of the action that
 * causes it, then delivered by SMTP after that transaction commits and retried until the server takes it. With no
 * SMTP server configured the outbox is where messages stay, readable by platform admins at {@code /admin/outbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {"site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.mail;
