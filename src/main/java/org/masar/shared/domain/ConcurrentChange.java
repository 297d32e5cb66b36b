package org.masar.shared.domain;

/** Someone else saved the same record first; the caller's copy is stale. */
public class ConcurrentChange extends BusinessException {
    public ConcurrentChange() {
        super("error.concurrentChange");
    }

    /** With a message that says better what happened to this kind of record. */
    protected ConcurrentChange(String messageKey) {
        super(messageKey);
    }
}
