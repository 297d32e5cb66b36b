package org.masar.pipeline.event;

import java.time.LocalDateTime;
import org.masar.shared.domain.DomainEvent;

/** An enrolment's case worker (a user name, or none) or cohort was changed. */
public record EnrolmentAssigned(long enrolmentId, long personId, String caseWorker, String cohort, String by,
                                LocalDateTime at) implements DomainEvent {

    @Override
    public String subject() {
        return "enrolment " + enrolmentId;
    }
}
