package org.hemicycle.account;

/** A link from an email that has expired, was already used, or never existed: the person may ask for a new one. */
public class InvalidLink extends RuntimeException {

    public InvalidLink() {
        super("Invalid or expired link");
    }
}
