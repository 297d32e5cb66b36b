package org.masar.beneficiary.event;

import java.time.LocalDateTime;
import java.util.List;
import org.masar.shared.domain.DomainEvent;

/**
 * A person's record was erased, for ever: every module that holds free text or personal values
 * about them ({@code personIds}: the record and those merged into it) erases them in the same
 * transaction (observers in it, MANDATORY), so that nothing is half-erased.
 */
public record PersonErased(long personId, String code, List<Long> personIds, String requestedBy, String by,
                           LocalDateTime at) implements DomainEvent {

    public PersonErased {
        personIds = List.copyOf(personIds);
    }

    @Override
    public String subject() {
        return "person " + code;
    }
}
