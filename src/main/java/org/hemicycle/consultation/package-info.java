/**
 * Online consultations of co-creation (step 6): a consultation on a plan opens and closes at set moments in its
 * organisers' time zone, and signed-in people submit ideas and support them, one support each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations",
        allowedDependencies = {"plan", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.consultation;
