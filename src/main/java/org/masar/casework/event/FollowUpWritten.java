package org.masar.casework.event;

import java.time.LocalDateTime;
import org.masar.shared.domain.DomainEvent;

/** A follow-up about a person was created for an assignee, marked done, or opened again. */
public record FollowUpWritten(long followUpId, long personId, Long enrolmentId, Change change, String assignee,
                              String by, LocalDateTime at) implements DomainEvent {

    public enum Change {
        CREATED, DONE, REOPENED
    }

    @Override
    public String subject() {
        return "follow-up " + followUpId + " of person " + personId + " " + change;
    }
}
