package org.hemicycle.plan;

import java.util.List;

/** A change the plan rules refuse; the key names the message shown to the user, the field the input at fault. */
public class PlanRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public PlanRuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() { return field; }
    public String messageKey() { return messageKey; }
    public Object[] arguments() { return arguments.toArray(); }

    /** Every refusal this one stands for, one per field at fault; most refusals are a single one. */
    public List<PlanRuleViolation> all() {
        return List.of(this);
    }
}
