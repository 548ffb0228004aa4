/** Internal to the consultation module: its entities and repositories. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.consultation.internal;
