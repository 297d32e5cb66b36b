package org.masar.pipeline.domain;

import org.masar.shared.domain.BusinessException;

/** The definition or the enrolment's state does not allow the move asked for (HTTP 422). */
public class MoveRefused extends BusinessException {
    public MoveRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
