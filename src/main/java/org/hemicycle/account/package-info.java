/**
 * Accounts, sign-in and roles held per parliament.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.hemicycle.account;
