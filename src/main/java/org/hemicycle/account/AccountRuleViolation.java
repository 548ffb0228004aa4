package org.hemicycle.account;

import org.hemicycle.site.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A request the account rules refuse. */
public class AccountRuleViolation extends RuleViolation {

    public AccountRuleViolation(@Nullable String field, String messageKey) {
        super(field, messageKey);
    }
}
