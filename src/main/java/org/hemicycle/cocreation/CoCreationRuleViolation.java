package org.hemicycle.cocreation;

import org.hemicycle.site.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A request the co-creation rules refuse, with the field it concerns when there is one. */
public class CoCreationRuleViolation extends RuleViolation {

    public CoCreationRuleViolation(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
