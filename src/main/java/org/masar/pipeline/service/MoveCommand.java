package org.masar.pipeline.service;

import java.util.Set;
import org.masar.pipeline.domain.DropReason;

/**
 * One move asked of an enrolment, from the version the user saw: the verb, the target stage
 * where it has one, the reason code of a drop, a note, the entry criteria ticked, and a
 * manager's reason for overriding the unticked ones.
 */
public record MoveCommand(Action action, Long toStageId, DropReason reasonCode, String note, Integer version,
                          Set<Long> tickedCriteria, String overrideReason) {

    public enum Action {
        ADVANCE, BACK, COMPLETE, DROP, REOPEN
    }
}
