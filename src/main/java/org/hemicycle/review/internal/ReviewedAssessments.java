package org.hemicycle.review.internal;

import java.util.EnumSet;
import java.util.Set;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.commitment.CommitmentAssessments;
import org.hemicycle.review.ReviewPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A commitment's public assessments, for its page, in one statement whatever their revisions. */
@Component
@Transactional(readOnly = true)
class ReviewedAssessments implements CommitmentAssessments {

    private final AssessmentRecords records;

    ReviewedAssessments(AssessmentRecords records) {
        this.records = records;
    }

    @Override
    public Assessments of(Long commitmentId) {
        return records.currentOf(commitmentId, false);
    }

    @Override
    public Set<AssessmentSource> mayAssess(Actor actor, Long parliamentId) {
        Set<AssessmentSource> sources = EnumSet.noneOf(AssessmentSource.class);
        for (AssessmentSource source : AssessmentSource.values()) {
            if (ReviewPolicy.TABLE.allows(actor, ReviewPolicy.assessing(source), parliamentId)) {
                sources.add(source);
            }
        }
        return Set.copyOf(sources);
    }
}
