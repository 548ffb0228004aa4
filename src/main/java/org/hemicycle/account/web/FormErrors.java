package org.hemicycle.account.web;

import org.hemicycle.account.AccountRuleViolation;
import org.springframework.validation.BindingResult;

final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, AccountRuleViolation violation) {
        if (violation.field() == null) {
            errors.reject(violation.messageKey());
        } else {
            errors.rejectValue(violation.field(), violation.messageKey());
        }
    }
}
