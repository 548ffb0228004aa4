/**
 * Following a plan or a consultation: by email, confirmed by the address's owner and ended in one click, news sent as
 * it comes or in a weekly digest; and by an Atom feed. The news is read from the records of the modules that hold
 * them (the plan's steps, its meetings, its consultations' contributions and answers).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Following",
        allowedDependencies = {"plan", "news", "cocreation", "consultation", "parliament", "account", "mail", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.following;
