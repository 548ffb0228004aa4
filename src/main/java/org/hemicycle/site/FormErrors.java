package org.hemicycle.site;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** Puts a refused rule on the form it came from, and marks the response as unprocessable input. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, RuleViolation refusal) {
        for (RuleViolation violation : refusal.all()) {
            if (violation.field() == null) {
                errors.reject(violation.messageKey(), violation.arguments(), null);
            } else {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
            }
        }
    }

    public static void markUnprocessable(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
