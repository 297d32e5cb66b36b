package org.masar.internship.event;

import java.time.LocalDateTime;
import org.masar.shared.domain.DomainEvent;

/**
 * A placement was opened or changed: its plan, a part of the learning agreement, a document of its
 * checklist, a scan, its outcome. Fired in the change's transaction; the audit trail keeps it as a
 * change of the intern's data ({@code what} names the part, never its content).
 */
public record PlacementChanged(long placementId, long personId, String personCode, long enrolmentId, Change change,
                               String what, String by, LocalDateTime at) implements DomainEvent {

    public enum Change {
        OPENED, PLANNED, AGREEMENT_BEFORE, AGREEMENT_CHANGE, AGREEMENT_AFTER, DOCUMENT, SCAN, ENDED
    }

    @Override
    public String subject() {
        return "person " + personCode;
    }
}
