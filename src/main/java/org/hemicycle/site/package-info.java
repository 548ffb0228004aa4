/**
 * What every page and form shares: the layout, the four languages and their messages, form errors and
 * edit conflicts, confirmation and error pages, assets. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.hemicycle.site;
