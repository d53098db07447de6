package org.ektefaa.platform.api;

import java.util.Arrays;

/**
 * A business rule refused an action. It carries a message key (of the module's bundle) and its
 * arguments, never a sentence, so that the page shows it in the user's language. Unchecked: it rolls the
 * transaction back.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
