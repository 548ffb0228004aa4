package org.hemicycle.monitoring;

import java.util.Map;
import org.hemicycle.commitment.CommitmentPage;

/**
 * The page where an update or a reading is posted: the commitment as it stands, its co-implementers and, for the point
 * of contact, the parliament's civil-society members who could be named.
 */
public record ProgressWorkspace(CommitmentPage commitment, Map<Long, String> coImplementers, Map<Long, String> candidates,
                                boolean managesCoImplementers) {
}
