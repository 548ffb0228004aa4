package org.hemicycle.cocreation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such meeting, member or document in this plan (or not one the reader may see). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CoCreationNotFound extends RuntimeException {

    public CoCreationNotFound() {
        super("Not found in this plan");
    }
}
