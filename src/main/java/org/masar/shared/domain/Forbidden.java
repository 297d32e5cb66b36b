package org.masar.shared.domain;

/** The caller's role does not allow this action. */
public class Forbidden extends BusinessException {
    public Forbidden() {
        super("error.forbidden");
    }

    /** A refusal of the same kind that says why in its own words. */
    protected Forbidden(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
