@org.jspecify.annotations.NullMarked
package org.hemicycle.monitoring.internal;
