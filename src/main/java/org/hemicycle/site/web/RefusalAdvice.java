package org.hemicycle.site.web;

import org.hemicycle.site.RateLimited;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;
import org.hemicycle.site.RuleViolation;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Rule refusals that no form caught (any module's), and edits that raced another editor's, become a page that says so
 * in the user's language, never a server error. The transaction has rolled back by then.
 */
@ControllerAdvice
class RefusalAdvice {

    @ExceptionHandler(RuleViolation.class)
    String refused(RuleViolation violation, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("messageKey", violation.messageKey());
        model.addAttribute("messageArguments", violation.arguments());
        return "error/4xx";
    }

    @ExceptionHandler(RateLimited.class)
    String rateLimited(RateLimited limited, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limited.minutesUntilRetry() * 60));
        model.addAttribute("status", HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("messageKey", "error.too-many.retry");
        model.addAttribute("messageArguments", new Object[] {limited.minutesUntilRetry()});
        return "error/4xx";
    }

    /** A file above what any form takes, refused before any controller saw it. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        model.addAttribute("status", HttpStatus.CONTENT_TOO_LARGE.value());
        model.addAttribute("messageKey", "error.too-large");
        return "error/4xx";
    }

    /** A concurrent save, a lock waited on too long, a deadlock: the change did not happen and can be tried again. */
    @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class})
    String conflict(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        return "error/4xx";
    }
}
