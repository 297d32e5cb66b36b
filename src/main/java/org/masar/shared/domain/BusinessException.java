package org.masar.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused what was asked. Carries a message-bundle key, never a sentence,
 * so that each screen and the REST API can say it in the reader's language.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** More for the API to return beside the message, such as the codes of likely duplicates. */
    public java.util.Map<String, Object> extras() {
        return java.util.Map.of();
    }

    /** True when the refusal is a conflict with the stored state (HTTP 409) rather than a broken rule. */
    public boolean conflict() {
        return false;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
