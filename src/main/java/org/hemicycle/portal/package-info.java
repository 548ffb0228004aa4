/**
 * The public entry points (the home page, each parliament's page) and the cache in front of every
 * public page, which the modules' events keep current.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"plan", "commitment", "cocreation", "consultation", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.portal;
