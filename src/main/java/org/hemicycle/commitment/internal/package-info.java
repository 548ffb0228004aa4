/** Internal to the commitment module: entities, repositories and helpers no other module may use. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.commitment.internal;
