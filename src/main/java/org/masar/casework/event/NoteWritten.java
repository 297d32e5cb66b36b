package org.masar.casework.event;

import java.time.LocalDateTime;
import org.masar.shared.domain.DomainEvent;

/** A case note about a person was written, or corrected by its author ({@code correction}). */
public record NoteWritten(long noteId, long personId, Long enrolmentId, boolean correction, String by,
                          LocalDateTime at) implements DomainEvent {

    @Override
    public String subject() {
        return "note " + noteId + " of person " + personId;
    }
}
