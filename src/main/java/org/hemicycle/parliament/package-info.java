/**
 * The network's parliaments and their chambers: who may run an action plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Parliaments", allowedDependencies = {"account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.parliament;
