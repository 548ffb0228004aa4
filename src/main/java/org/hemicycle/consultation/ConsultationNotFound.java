package org.hemicycle.consultation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such consultation or idea in this plan, or not one the reader may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ConsultationNotFound extends RuntimeException {

    public ConsultationNotFound() {
        super("Not found in this plan");
    }
}
