package org.hemicycle.review;

import java.util.List;
import org.hemicycle.commitment.Assessment;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.commitment.CommitmentPage;
import org.jspecify.annotations.Nullable;

/** One assessment's form: the commitment, the assessment as it stands (none yet) and its earlier states. */
public record AssessingPage(CommitmentPage commitment, AssessmentSource source, @Nullable Assessment current,
                            List<Assessment> earlier, @Nullable Review review) {
}
