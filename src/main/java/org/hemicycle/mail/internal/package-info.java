/** Internal to the mail module: the outbox's table, delivery and its retries. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.mail.internal;
