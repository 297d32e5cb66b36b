package org.masar.audit.domain;

/** What an audit entry records. READ, LIST and EXPORT are reads; the others are changes. */
public enum AuditAction {
    READ, LIST, EXPORT, REGISTER, EDIT, CONSENT, MERGE, ENROL, MOVE, ASSIGN, NOTE, FOLLOW_UP,
    SUBJECT_EXPORT, ERASURE_REQUEST, ERASURE, COURSE_JOIN, ATTENDANCE, SCORE, PLACEMENT;

    public boolean isRead() {
        return this == READ || this == LIST || this == EXPORT || this == SUBJECT_EXPORT;
    }
}
