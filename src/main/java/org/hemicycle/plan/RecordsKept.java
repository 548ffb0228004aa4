package org.hemicycle.plan;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A change refused because it would take away a record the plan needed to reach its current step: from the
 * adoption step on, what was put to adoption stays whole. One refusal per missing record.
 */
public class RecordsKept extends PlanRuleViolation {

    private final List<PlanRuleViolation> missing;

    public RecordsKept(PlanPhase current, List<MissingRecord> missing) {
        super(null, "plan.error.record-kept", current.step(), describe(missing.get(0)));
        this.missing = missing.stream()
                .map(record -> new PlanRuleViolation(null, "plan.error.record-kept", current.step(), describe(record)))
                .toList();
    }

    @Override
    public List<PlanRuleViolation> all() {
        return missing;
    }

    private static MessageSourceResolvable describe(MissingRecord record) {
        if (record.commitmentNumber() == null) {
            return new DefaultMessageSourceResolvable(record.messageKey());
        }
        return new DefaultMessageSourceResolvable(new String[] {record.messageKey()},
                new Object[] {record.commitmentNumber(), new DefaultMessageSourceResolvable(record.fieldKey())});
    }
}
