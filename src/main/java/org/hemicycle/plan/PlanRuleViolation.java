package org.hemicycle.plan;

import java.util.List;
import org.hemicycle.site.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A change the plan rules refuse. */
public class PlanRuleViolation extends RuleViolation {

    public PlanRuleViolation(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    @Override
    public List<? extends PlanRuleViolation> all() {
        return List.of(this);
    }
}
