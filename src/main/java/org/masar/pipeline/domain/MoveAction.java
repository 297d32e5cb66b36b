package org.masar.pipeline.domain;

/** What a line of an enrolment's history records. ENROL opens it; the others are the verbs of {@link Enrolment}. */
public enum MoveAction {
    ENROL, ADVANCE, BACK, COMPLETE, DROP, REOPEN
}
