package org.masar.shared.domain;

import java.util.Map;

/**
 * Someone else saved the same record first; the caller's copy is stale. When the version that
 * won is known, the REST API tells it as {@code current.version}, so that a client can read the
 * record again and retry.
 */
public class ConcurrentChange extends BusinessException {

    private final Integer currentVersion;

    public ConcurrentChange() {
        this("error.concurrentChange", null);
    }

    /** Knowing the version the record now has. */
    public ConcurrentChange(int currentVersion) {
        this("error.concurrentChange", currentVersion);
    }

    /** With a message that says better what happened to this kind of record. */
    protected ConcurrentChange(String messageKey) {
        this(messageKey, null);
    }

    private ConcurrentChange(String messageKey, Integer currentVersion) {
        super(messageKey);
        this.currentVersion = currentVersion;
    }

    @Override
    public Map<String, Object> extras() {
        return currentVersion == null ? Map.of() : Map.of("current", Map.of("version", currentVersion));
    }
}
