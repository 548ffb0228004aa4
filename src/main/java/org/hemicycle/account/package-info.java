/**
 * Accounts (staff made by admins, citizens who sign up themselves), sign-in and roles held per parliament; who acts (Actor) and the permission tables every
 * module declares.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {"site", "mail"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.account;
