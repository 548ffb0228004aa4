/** The account module's web controllers; no other module uses them. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.account.web;
