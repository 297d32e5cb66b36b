package org.masar.beneficiary.event;

import java.time.LocalDateTime;

/**
 * Someone was shown a person's record: on which screen or call ({@code view}) and about what ({@code subject}). Not a change: the audit trail
 * records it at once, in a transaction of its own, so a read that succeeded is never left out.
 */
public record PersonRead(long personId, String code, ReadView view, String subject, String by, LocalDateTime at) {
}
