package org.masar.shared.domain;

/**
 * Nothing the caller may see answers to this identifier. Also thrown for records outside the
 * caller's scope, so that their existence does not leak.
 */
public class NotFound extends BusinessException {
    public NotFound() {
        super("error.notFound");
    }
}
