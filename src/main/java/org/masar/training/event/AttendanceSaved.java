package org.masar.training.event;

import java.time.LocalDateTime;
import java.util.List;
import org.masar.shared.domain.DomainEvent;

/**
 * A session's attendance grid was saved: the marks it changed, person by person (a mark saved as
 * it was is not a change). Fired in the save's transaction.
 */
public record AttendanceSaved(long courseId, long sessionId, List<Change> changes, String by, LocalDateTime at)
        implements DomainEvent {

    /** One person's mark before (null: none yet) and after. */
    public record Change(long personId, String code, String before, String after) {
    }

    public AttendanceSaved {
        changes = List.copyOf(changes);
    }

    @Override
    public String subject() {
        return "session " + sessionId;
    }
}
