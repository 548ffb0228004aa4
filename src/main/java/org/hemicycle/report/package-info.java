/**
 * Reports and documents generated from the records, as HTML and as PDF: the adopted plan in the layout of Annex A
 * (what a parliament submits as an annex to the national plan), and the mid-term and end-of-term progress reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = {"plan", "commitment", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.report;
