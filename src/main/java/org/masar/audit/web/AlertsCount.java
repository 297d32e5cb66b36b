package org.masar.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masar.audit.service.AuditAccess;
import org.masar.audit.service.AuditAlerts;
import org.masar.security.service.CurrentUser;

/** How many alerts wait for an administrator: the menu and the dashboard show it. */
@Named
@RequestScoped
public class AlertsCount {

    @Inject
    AuditAlerts alerts;

    @Inject
    CurrentUser currentUser;

    private Long count;

    public boolean isShown() {
        return currentUser.caller().map(AuditAccess::seesAlerts).orElse(false);
    }

    public boolean isReadsTrail() {
        return currentUser.caller().map(AuditAccess::canRead).orElse(false);
    }

    public long getCount() {
        if (count == null) {
            count = isShown() ? alerts.openCount(currentUser.require()) : 0L;
        }
        return count;
    }
}
