package org.hemicycle.account;

/** A request the account rules refuse; the key names the message shown to the user. */
public class AccountRuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;

    public AccountRuleViolation(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String messageKey() { return messageKey; }

    /** The form field at fault, or null when the whole request is. */
    public String field() { return field; }
}
