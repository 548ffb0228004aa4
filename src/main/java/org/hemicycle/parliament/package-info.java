/**
 * Parliaments of the network and their chambers: who may run an action plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Parliaments")
package org.hemicycle.parliament;
