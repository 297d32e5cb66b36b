package org.masar.pipeline.event;

import java.time.LocalDateTime;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.MoveAction;
import org.masar.pipeline.domain.PipelineType;
import org.masar.shared.domain.DomainEvent;

/**
 * An enrolment was opened (ENROL) or moved by one of its verbs, with the history line that
 * records it and the manager's reason when the line overrides a rule (criteria, or the
 * programme's period). Completing, dropping and reopening are moves too; the helpers say which.
 */
public record EnrolmentMoved(long enrolmentId, long personId, long pipelineId, PipelineType pipelineType,
                             long programmeId, MoveAction action, Long fromStageId, long toStageId,
                             String toStageCode, EnrolmentStatus statusAfter, long transitionId, String by,
                             LocalDateTime at, String overrideReason) implements DomainEvent {

    public boolean opened() {
        return action == MoveAction.ENROL;
    }

    public boolean completed() {
        return action == MoveAction.COMPLETE;
    }

    public boolean dropped() {
        return action == MoveAction.DROP;
    }

    public boolean reopened() {
        return action == MoveAction.REOPEN;
    }

    @Override
    public String subject() {
        return "enrolment " + enrolmentId + " " + action + " " + toStageCode;
    }
}
