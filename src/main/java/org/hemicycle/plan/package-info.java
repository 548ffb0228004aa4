/**
 * Open Parliament Action Plans: the ten-step cycle of the guidelines, and the commitments of Annex A.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans")
package org.hemicycle.plan;
