/**
 * Evaluation (steps 9 and 10): each commitment assessed three times in the IRM's vocabulary, by the parliament itself,
 * by the civil-society members of its forum and by the independent reviewer, shown side by side with where they
 * disagree and the star computed by the IRM's rule; and the plan's independent review, drafted, opened for a public
 * comment period, each comment answered, then published and frozen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessments and review",
        allowedDependencies = {"plan", "commitment", "parliament", "account", "site"})
@org.jspecify.annotations.NullMarked
package org.hemicycle.review;
