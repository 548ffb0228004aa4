package org.hemicycle.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.hemicycle.plan.Completion;
import org.junit.jupiter.api.Test;

/** The IRM's starred rule on its edges: each condition missing by one step, and the bar raised in 2015. */
class StarredTests {

    private static final LocalDate RECENT = LocalDate.of(2024, 1, 1);
    private static final LocalDate OLD = LocalDate.of(2013, 7, 1);

    private static Assessment assessment(Irm.Specificity specificity, Set<Irm.Value> relevance, Irm.PotentialImpact impact,
                                         Irm.PotentialForResults results, Completion completion) {
        return new Assessment(AssessmentSource.INDEPENDENT, specificity, true, relevance, impact, results, completion, null, null,
                "Because.", "Reviewer", Instant.EPOCH, 1L);
    }

    private static final Set<Irm.Value> RELEVANT = Set.of(Irm.Value.ACCESS_TO_INFORMATION);

    @Test
    void starredOnEveryCountAndNotStarredWhenOneCountFallsShort() {
        assertThat(assessment(Irm.Specificity.MEDIUM, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.SUBSTANTIAL)
                .starred(RECENT)).isTrue();
        assertThat(assessment(Irm.Specificity.HIGH, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.COMPLETE)
                .starred(RECENT)).isTrue();
        // One step short on each count in turn.
        assertThat(assessment(Irm.Specificity.LOW, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.COMPLETE)
                .starred(RECENT)).isFalse();
        assertThat(assessment(Irm.Specificity.HIGH, Set.of(), Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.COMPLETE)
                .starred(RECENT)).isFalse();
        assertThat(assessment(Irm.Specificity.HIGH, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.LIMITED)
                .starred(RECENT)).isFalse();
        assertThat(assessment(Irm.Specificity.HIGH, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.WITHDRAWN)
                .starred(RECENT)).isFalse();
        // Not assessed is not starred.
        assertThat(assessment(null, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.COMPLETE).starred(RECENT)).isFalse();
        assertThat(assessment(Irm.Specificity.HIGH, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, null).starred(RECENT)).isFalse();
        assertThat(assessment(Irm.Specificity.HIGH, RELEVANT, null, null, Completion.COMPLETE).starred(RECENT)).isFalse();
    }

    @Test
    void aModerateImpactWasEnoughBefore2015Only() {
        Assessment moderate = assessment(Irm.Specificity.HIGH, RELEVANT, Irm.PotentialImpact.MODERATE, null, Completion.COMPLETE);
        assertThat(moderate.starred(OLD)).isTrue();
        assertThat(moderate.starred(LocalDate.of(2014, 12, 31))).isTrue();
        assertThat(moderate.starred(LocalDate.of(2015, 1, 1))).isFalse();
        assertThat(assessment(Irm.Specificity.HIGH, RELEVANT, Irm.PotentialImpact.MINOR, null, Completion.COMPLETE).starred(OLD)).isFalse();
    }

    @Test
    void onThe2020ScaleASubstantialPotentialForResultsCountsAsTransformative() {
        assertThat(assessment(Irm.Specificity.MEDIUM, RELEVANT, null, Irm.PotentialForResults.SUBSTANTIAL, Completion.SUBSTANTIAL)
                .starred(RECENT)).isTrue();
        assertThat(assessment(Irm.Specificity.MEDIUM, RELEVANT, null, Irm.PotentialForResults.MODEST, Completion.SUBSTANTIAL)
                .starred(RECENT)).isFalse();
        // The older scale, when given, is the one read.
        assertThat(assessment(Irm.Specificity.MEDIUM, RELEVANT, Irm.PotentialImpact.MINOR, Irm.PotentialForResults.SUBSTANTIAL,
                Completion.SUBSTANTIAL).starred(RECENT)).isFalse();
    }

    @Test
    void theAssessmentsDisagreeWhereTwoGiveAnAspectDifferently() {
        Assessment self = assessment(Irm.Specificity.HIGH, RELEVANT, Irm.PotentialImpact.TRANSFORMATIVE, null, Completion.COMPLETE);
        Assessment civil = new Assessment(AssessmentSource.CIVIL_SOCIETY, Irm.Specificity.HIGH, null, RELEVANT,
                Irm.PotentialImpact.MINOR, null, Completion.LIMITED, null, null, "No.", "Forum", Instant.EPOCH, 2L);
        CommitmentAssessments.Assessments both = new CommitmentAssessments.Assessments(
                Map.of(AssessmentSource.SELF, self, AssessmentSource.CIVIL_SOCIETY, civil), false);
        assertThat(both.disagree(Assessment.Aspect.SPECIFICITY)).isFalse();
        assertThat(both.disagree(Assessment.Aspect.POTENTIAL_IMPACT)).isTrue();
        assertThat(both.disagree(Assessment.Aspect.COMPLETION)).isTrue();
        // Given by one only: nothing to disagree on.
        assertThat(both.disagree(Assessment.Aspect.VERIFIABLE)).isFalse();
        assertThat(both.disagreeOnStar(RECENT)).isTrue();
        assertThat(both.disagreeAnywhere()).isTrue();
    }
}
