/** Hemicycle: every direct sub-package is a module (see docs/ARCHITECTURE.md). */
@org.jspecify.annotations.NullMarked
package org.hemicycle;
