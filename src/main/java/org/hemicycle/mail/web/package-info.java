/** The mail module's pages: the outbox of platform admins. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.mail.web;
