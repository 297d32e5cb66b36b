package org.masar.shared.domain;

import java.time.LocalDateTime;

/**
 * Something that happened to a record, told as a CDI event to whichever module listens: the
 * registry's history, the audit trail, training, internships, loans. A service fires it inside
 * its transaction once the change is made; an observer that must change with it observes in the
 * transaction, one that must only see what was kept observes after success.
 */
public interface DomainEvent {

    /** Who made the change (a user name). */
    String by();

    /** When, in UTC. */
    LocalDateTime at();

    /** What the change is about, by identity only ("person TN-SFX-000123"), never personal data. */
    String subject();
}
