package org.hemicycle.consultation;

/** Asked for a comment's own page: a comment is read in its idea's thread, at this address. */
public class CommentOfIdea extends RuntimeException {

    private final String location;

    public CommentOfIdea(String location) {
        super(null, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
