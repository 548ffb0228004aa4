package org.hemicycle.site;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change a module's rules refuse. The key names the message shown to the user, in their language; the field
 * names the input at fault, or is null when the whole request is.
 */
public class RuleViolation extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;
    private final List<Object> arguments;

    public RuleViolation(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public @Nullable String field() { return field; }
    public String messageKey() { return messageKey; }
    public Object[] arguments() { return arguments.toArray(); }

    /** Every refusal this one stands for, one per field at fault; most refusals are a single one. */
    public List<? extends RuleViolation> all() {
        return List.of(this);
    }
}
