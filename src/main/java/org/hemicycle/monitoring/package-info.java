/**
 * Implementation and monitoring (steps 8 and 9): dated progress updates on activities and commitments, each with its
 * narrative and its evidence (a file kept in the database, or a link), append-only and public once the plan is; the
 * readings of each indicator over time; the civil-society members who co-implement a commitment and so post its
 * updates too. What an update says rolls up into the commitment's progress by the commitment module's rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
        allowedDependencies = {"plan", "commitment", "parliament", "account", "mail", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.monitoring;
