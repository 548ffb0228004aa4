package org.hemicycle.commitment;

/** What a progress update says of its activity or commitment. Withdrawn is said of a whole commitment only. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, WITHDRAWN
}
