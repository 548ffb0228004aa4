/**
 * A demo installation loaded into an empty database, so that a newcomer sees the platform at work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.hemicycle.demo;
