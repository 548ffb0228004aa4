/** The co-creation module's pages: the public forum and meetings, their calendar, and the plan team's forms. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.cocreation.web;
