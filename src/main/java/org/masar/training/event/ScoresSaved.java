package org.masar.training.event;

import java.time.LocalDateTime;
import java.util.List;
import org.masar.shared.domain.DomainEvent;

/**
 * A course's assessment scores were saved: the scores it changed, person by person (a score saved
 * as it was is not a change). Fired in the save's transaction.
 */
public record ScoresSaved(long courseId, List<Change> changes, String by, LocalDateTime at) implements DomainEvent {

    /** One person's score before and after (null: none). */
    public record Change(long personId, String code, Integer before, Integer after) {
    }

    public ScoresSaved {
        changes = List.copyOf(changes);
    }

    @Override
    public String subject() {
        return "course " + courseId;
    }
}
