package org.masar.internship.domain;

/**
 * How a placement ended. An interruption says why; the others are the circular-migration
 * results the programmes report: completed, hired by the host, back home and employed or studying.
 */
public enum Outcome {
    COMPLETED, INTERRUPTED, HIRED, BACK_HOME_EMPLOYED, BACK_HOME_STUDYING;

    public boolean needsReason() {
        return this == INTERRUPTED;
    }
}
