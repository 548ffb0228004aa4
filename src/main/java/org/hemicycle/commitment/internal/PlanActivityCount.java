package org.hemicycle.commitment.internal;

/** A plan's activities counted: all, done, and overdue on a given day. */
public record PlanActivityCount(Long planId, long total, long completed, long overdue) {
}
