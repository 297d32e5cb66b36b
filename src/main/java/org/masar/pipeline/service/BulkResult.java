package org.masar.pipeline.service;

/** The outcome of a bulk move for one enrolment: moved, or why not (a message key and its arguments). */
public final class BulkResult {

    private final long enrolmentId;
    private final String beneficiaryCode;
    private final String personName;
    private final String messageKey;
    private final Object[] arguments;

    private BulkResult(long enrolmentId, String beneficiaryCode, String personName, String messageKey, Object[] arguments) {
        this.enrolmentId = enrolmentId;
        this.beneficiaryCode = beneficiaryCode;
        this.personName = personName;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static BulkResult moved(long id, String code, String name) {
        return new BulkResult(id, code, name, null, new Object[0]);
    }

    public static BulkResult refused(long id, String code, String name, String key, Object[] arguments) {
        return new BulkResult(id, code, name, key, arguments);
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
}
