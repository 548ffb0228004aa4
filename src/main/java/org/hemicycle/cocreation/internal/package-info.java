/** Internal to the co-creation module: its entities and repositories. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.cocreation.internal;
