/**
 * A demo installation loaded into an empty database, so that a newcomer sees the platform at work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"plan", "commitment", "cocreation", "consultation", "version", "monitoring", "review", "news", "parliament", "account"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.demo;
