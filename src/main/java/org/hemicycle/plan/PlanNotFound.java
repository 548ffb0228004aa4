package org.hemicycle.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Also thrown for a draft the viewer may not see, so that drafts do not reveal they exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFound extends RuntimeException {

    public PlanNotFound() {
        super("No such plan, commitment or record");
    }
}
