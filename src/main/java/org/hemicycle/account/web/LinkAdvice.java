package org.hemicycle.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.hemicycle.account.InvalidLink;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A link from an email that no longer works: 410, and a page that offers to send a new one. */
@ControllerAdvice
class LinkAdvice {

    @ExceptionHandler(InvalidLink.class)
    String invalidLink(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "account/link-invalid";
    }
}
