package org.masar.beneficiary.event;

import java.time.LocalDateTime;
import org.masar.shared.domain.DomainEvent;

/** Someone asked for a person's record to be erased; a manager, another person, decides. */
public record ErasureRequested(long personId, String code, String by, LocalDateTime at) implements DomainEvent {

    @Override
    public String subject() {
        return "person " + code;
    }
}
