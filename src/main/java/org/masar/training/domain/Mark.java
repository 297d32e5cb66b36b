package org.masar.training.domain;

/**
 * A participant's attendance at one held session. LATE counts as attended; EXCUSED leaves the
 * session out of the participant's rate altogether; ABSENT counts against it (see {@link CompletionRule}).
 */
public enum Mark {
    PRESENT, LATE, EXCUSED, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
