/** The site module's web controllers; no other module uses them. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.site.web;
