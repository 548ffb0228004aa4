@org.jspecify.annotations.NullMarked
package org.hemicycle.version.internal;
