/**
 * Co-creation with civil society, steps 4 to 7 of the cycle: the plan's multi-stakeholder forum, its co-creation and
 * follow-up meetings with their calendar. Built on the plan module's published API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-creation",
        allowedDependencies = {"plan", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.cocreation;
