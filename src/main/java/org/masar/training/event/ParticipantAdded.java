package org.masar.training.event;

import java.time.LocalDateTime;
import org.masar.shared.domain.DomainEvent;

/** A person joined a course, through their TRAINING enrolment. */
public record ParticipantAdded(long courseId, long participantId, long enrolmentId, long personId, String code, String by,
                               LocalDateTime at) implements DomainEvent {

    @Override
    public String subject() {
        return "person " + code;
    }
}
