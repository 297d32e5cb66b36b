package org.masar.pipeline.service;

import org.masar.shared.i18n.Localized;

/** The outcome of a bulk move for one enrolment: moved, or why not (a message key and its arguments). */
public final class BulkResult {

    private final long enrolmentId;
    private final String beneficiaryCode;
    private final String personName;
    private final String messageKey;
    private final Object[] arguments;
    private final Localized evidence;

    private BulkResult(long enrolmentId, String beneficiaryCode, String personName, String messageKey, Object[] arguments,
                       Localized evidence) {
        this.enrolmentId = enrolmentId;
        this.beneficiaryCode = beneficiaryCode;
        this.personName = personName;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.evidence = evidence;
    }

    /** Moved; {@code evidence}: the criteria records met, with what they said (null when none). */
    public static BulkResult moved(long id, String code, String name, Localized evidence) {
        return new BulkResult(id, code, name, null, new Object[0], evidence);
    }

    public static BulkResult refused(long id, String code, String name, String key, Object[] arguments) {
        return new BulkResult(id, code, name, key, arguments, null);
    }

    public boolean isMoved() {
        return messageKey == null;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getBeneficiaryCode() {
        return beneficiaryCode;
    }

    public String getPersonName() {
        return personName;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The criteria of a move that records met, with what they said; null when none or not moved. */
    public Localized getEvidence() {
        return evidence;
    }
}
