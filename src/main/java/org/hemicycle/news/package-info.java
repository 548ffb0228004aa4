/**
 * News posts of a plan: its team writes them in Markdown, the public reads them on the plan's pages, in its feed and,
 * through the following module, by email. What Markdown lets through as HTML is sanitized on output.
 */
@org.springframework.modulith.ApplicationModule(displayName = "News",
        allowedDependencies = {"plan", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.news;
