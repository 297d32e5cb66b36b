package org.masar.pipeline.domain;

import org.masar.shared.domain.FieldRefused;

/**
 * The programme does not run on the day of enrolment, or not on the journey's start date: refused
 * next to the field concerned (HTTP 422), unless a manager gives a written reason.
 */
public class OutsidePeriod extends FieldRefused {

    public OutsidePeriod(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
