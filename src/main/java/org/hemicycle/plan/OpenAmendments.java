package org.hemicycle.plan;

/**
 * Whether the commitments of an adopted plan may change now, declared here and answered by the module that keeps
 * the plan's versions: the adopted text changes only through an amendment opened with its reason.
 */
@FunctionalInterface
public interface OpenAmendments {

    boolean isOpen(Long planId);
}
