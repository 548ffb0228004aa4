package org.hemicycle.consultation;

import org.hemicycle.site.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A request the consultation rules refuse, with the field it concerns when there is one. */
public class ConsultationRuleViolation extends RuleViolation {

    public ConsultationRuleViolation(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
