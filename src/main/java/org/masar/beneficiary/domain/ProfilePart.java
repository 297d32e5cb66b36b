package org.masar.beneficiary.domain;

/**
 * The parts of a person's record a role may be shown (README, "Need to know"). A screen, an
 * export column or an API field belongs to one part; a part a role may not see is left out.
 */
public enum ProfilePart {
    /** Code, names, sex, age band, site: who the person is, enough to work with them. */
    IDENTITY,
    /** Phone and e-mail. */
    CONTACT,
    /** Exact birth date, nationality, country of residence, identity document. */
    DOCUMENTS,
    /** Groups (migration and protection status, unaccompanied minors) and disability. */
    PROTECTION,
    /** Education and employment. */
    SOCIO,
    /** Case notes and follow-ups. */
    CASE_NOTES
}
