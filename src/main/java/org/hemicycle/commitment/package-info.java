/**
 * The commitments of Annex A with their activities and indicators; answers what plans need to know of
 * them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments", allowedDependencies = {"plan", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.commitment;
