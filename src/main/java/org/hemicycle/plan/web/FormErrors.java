package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import org.hemicycle.plan.PlanRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** Puts a refused rule on the form it came from, and marks the response as unprocessable input. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, PlanRuleViolation refusal) {
        for (PlanRuleViolation violation : refusal.all()) {
            if (violation.field() == null) {
                errors.reject(violation.messageKey(), violation.arguments(), null);
            } else {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
            }
        }
    }

    static void markUnprocessable(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
