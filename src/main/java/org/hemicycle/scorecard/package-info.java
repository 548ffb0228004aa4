/**
 * The co-creation scorecard: OGP's Participation and Co-Creation Standards evaluated, for one plan, from the records
 * the platform holds (its forum, meetings and consultations), each requirement met, not met or not yet due, with the
 * evidence. Computed on every reading, never a box someone ticks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-creation scorecard",
        allowedDependencies = {"plan", "cocreation", "consultation", "version", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.scorecard;
