package org.masar.security.domain;

/** What a user does. The names are also the container's security roles (web.xml, @RolesAllowed). */
public enum Role {
    ADMIN, MANAGER, CASE_WORKER, TRAINER, COACH, LOAN_OFFICER, INTERNSHIP_COORDINATOR, DONOR_VIEWER;

    /** The roles that reach every person and every setting: a password alone is not enough for them (masar.mfa.required). */
    public boolean requiresSecondFactor() {
        return this == ADMIN || this == MANAGER;
    }
}
