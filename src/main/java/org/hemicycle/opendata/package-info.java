/**
 * Open by default: everything public on a page is also served as JSON, documented with OpenAPI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data", allowedDependencies = {"plan", "commitment", "cocreation", "consultation", "scorecard", "version", "monitoring", "review", "news", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.opendata;
