/**
 * The public portal around the modules: layout, languages, the home page and parliament pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.hemicycle.site;
