package org.masar.beneficiary.event;

/** Where a person's record was shown: the screen or call a {@link PersonRead} tells of. */
public enum ReadView {
    /** The profile page. */
    PROFILE,
    /** The edit form, filled with the record. */
    EDIT,
    /** An enrolment's page, which names the person. */
    ENROLMENT,
    /** One record fetched over the API. */
    REST,
    /** The comparison shown before a merge. */
    MERGE,
    /** The workbook of everything held about the person. */
    SUBJECT_EXPORT,
    /** The person's access history, with the values an edit changed. */
    ACCESS_HISTORY,
    /** An internship placement's page or record, which names the intern. */
    PLACEMENT,
    /** A scan of a placement document, downloaded. */
    SCAN
}
