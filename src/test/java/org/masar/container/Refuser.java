package org.masar.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.masar.beneficiary.event.PersonRegistered;
import org.masar.pipeline.event.EnrolmentMoved;
import org.masar.shared.domain.BusinessException;

/**
 * Test deployment only: a module that observes inside the transaction and refuses some changes,
 * as a training or loan module may refuse a move that breaks its own rule.
 */
@ApplicationScoped
public class Refuser {

    private final Set<String> refusedCodes = ConcurrentHashMap.newKeySet();
    private final Set<Long> refusedEnrolments = ConcurrentHashMap.newKeySet();

    void registered(@Observes PersonRegistered event) {
        if (refusedCodes.stream().anyMatch(prefix -> event.code().startsWith(prefix))) {
            throw new BusinessException("error.forbidden");
        }
    }

    void moved(@Observes EnrolmentMoved event) {
        if (refusedEnrolments.contains(event.enrolmentId())) {
            throw new BusinessException("error.forbidden");
        }
    }

    public void refuseRegistrationsAt(String codePrefix) {
        refusedCodes.add(codePrefix);
    }

    public void refuseMovesOf(long enrolmentId) {
        refusedEnrolments.add(enrolmentId);
    }

    public void clear() {
        refusedCodes.clear();
        refusedEnrolments.clear();
    }
}
