package org.masar.pipeline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.security.service.CurrentUser;

/**
 * What the signed-in user may do to enrolments, as {@code caseWork} for the pages that offer it
 * (the enrolment list and an enrolment): the services check the same again on their own.
 */
@Named("caseWork")
@RequestScoped
public class CaseWorkRights {

    @Inject
    CurrentUser currentUser;

    /** Moves, assigns and bulk moves are offered. */
    public boolean isCanMove() {
        return currentUser.caller().map(CaseWorkAccess::canWork).orElse(false);
    }

    /** Manager's overrides (criteria, reopening) are offered. */
    public boolean isManager() {
        return currentUser.caller().map(CaseWorkAccess::isManager).orElse(false);
    }
}
