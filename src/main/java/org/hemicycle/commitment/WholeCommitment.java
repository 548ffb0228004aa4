package org.hemicycle.commitment;

import java.util.List;

/** A commitment with its activities and indicators: the whole of its Annex A text. */
public record WholeCommitment(Commitment commitment, List<Activity> activities, List<Indicator> indicators) {
}
