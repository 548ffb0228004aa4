/**
 * Open Parliament Action Plans: the ten-step cycle of the guidelines, the record of each step,
 * publication. Declares what it needs to know of its commitments (PlanCommitments).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans", allowedDependencies = {"parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.plan;
