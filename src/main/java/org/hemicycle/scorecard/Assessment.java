package org.hemicycle.scorecard;

import java.util.List;

/** One requirement's verdict, why (a message of its own), and the records that show it. */
public record Assessment(Requirement requirement, Verdict verdict, String reasonKey, List<Object> reasonArguments,
                         List<Evidence> evidence) {

    static Assessment of(Requirement requirement, Verdict verdict, String reason, List<Evidence> evidence, Object... arguments) {
        return new Assessment(requirement, verdict, "scorecard.reason." + reason, List.of(arguments), List.copyOf(evidence));
    }
}
