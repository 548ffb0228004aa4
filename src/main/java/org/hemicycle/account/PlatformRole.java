package org.hemicycle.account;

/** Roles that span the whole installation rather than one parliament. */
public enum PlatformRole {
    ADMIN, COORDINATOR
}
