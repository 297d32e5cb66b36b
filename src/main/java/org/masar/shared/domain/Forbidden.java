package org.masar.shared.domain;

/** The caller's role does not allow this action. */
public class Forbidden extends BusinessException {
    public Forbidden() {
        super("error.forbidden");
    }
}
