/** The commitment module's web controllers; no other module uses them. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.commitment.web;
