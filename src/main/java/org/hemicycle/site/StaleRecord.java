package org.hemicycle.site;

/** A save refused because someone else saved the same record after the form was opened. */
public class StaleRecord extends RuntimeException {

    private final transient Record current;

    public StaleRecord(Record current) {
        super("The record changed since the form was opened");
        this.current = current;
    }

    /** The record as it is saved now, to show beside what the person typed. */
    public Record current() { return current; }
}
