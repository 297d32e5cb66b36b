package org.masar.internship.domain;

/** Where a document of the checklist stands: not in, in (received by someone), or checked (verified by someone). */
public enum DocumentState {
    MISSING, RECEIVED, VERIFIED
}
