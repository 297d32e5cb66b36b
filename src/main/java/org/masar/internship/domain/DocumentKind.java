package org.masar.internship.domain;

/**
 * The documents of a placement's checklist, in the order the paperwork comes in: the signed
 * learning agreement, the visa, the insurance policy, then, once there, the letter of arrival,
 * and at the end the host's evaluation and the certificate of completion.
 */
public enum DocumentKind {
    AGREEMENT, VISA, INSURANCE, ARRIVAL, EVALUATION, CERTIFICATE;

    /** Whether the document has a period of validity that gates the stages (visa, insurance). */
    public boolean hasValidity() {
        return this == VISA || this == INSURANCE;
    }
}
