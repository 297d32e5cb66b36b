package org.masar.shared.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * One line in the server log for every change that was kept: who did what to which record, by
 * identity only. It observes after the transaction succeeded, so a change that was rolled back
 * leaves no line, and a failure here can never undo a change.
 */
@ApplicationScoped
public class ActivityLog {

    private static final Logger LOG = Logger.getLogger(ActivityLog.class.getName());

    void kept(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        LOG.info(() -> event.by() + " " + event.getClass().getSimpleName() + " " + event.subject());
    }
}
