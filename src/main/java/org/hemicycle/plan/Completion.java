package org.hemicycle.plan;

/** Completion levels as the OGP Independent Reporting Mechanism reports them. */
public enum Completion {
    NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE, WITHDRAWN
}
