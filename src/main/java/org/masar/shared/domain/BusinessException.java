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

    public Object[] arguments() {
        return arguments.clone();
    }
}
