package org.hemicycle.parliament;


/** Parliament addresses are cited publicly, so two parliaments cannot share one. */
public class ParliamentSlugTaken extends RuntimeException {

    public ParliamentSlugTaken(String slug) {
        super("Parliament address already taken: " + slug);
    }
}
