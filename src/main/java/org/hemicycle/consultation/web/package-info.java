/** The consultation module's pages: the public consultations and their ideas, and the plan team's forms. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.consultation.web;
