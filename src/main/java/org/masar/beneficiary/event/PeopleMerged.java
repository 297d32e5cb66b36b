package org.masar.beneficiary.event;

import java.time.LocalDateTime;

/** A manager folded the duplicate record into the one kept ({@code personId}, {@code code}). */
public record PeopleMerged(long personId, String code, long duplicateId, String duplicateCode, String by,
                           LocalDateTime at) implements PersonChanged {
}
