/**
 * Online consultations of co-creation (step 6): a consultation on a plan opens and closes at set moments in its
 * organisers' time zone, and signed-in people submit ideas, comment on them and support them, one support each; the
 * parliament answers every idea and comment with its reason, and the commitments they were accepted into list them
 * (CommitmentInputs). People report abuse, and moderators hide it with a public reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations",
        allowedDependencies = {"plan", "commitment", "parliament", "account", "mail", "search", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.consultation;
