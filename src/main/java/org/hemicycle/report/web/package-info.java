/** The reports' pages and their PDF twins, at the same address with .pdf. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.report.web;
