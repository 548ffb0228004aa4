package org.hemicycle.parliament;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ParliamentNotFound extends RuntimeException {

    public ParliamentNotFound(String slugOrId) {
        super("No parliament " + slugOrId);
    }
}
