package org.masar.audit.service;

import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;

/**
 * Who reads the trail: administrators all of it; managers what concerns the people of their
 * sites and what the accounts of their sites did. Alerts of unusual reading go to administrators.
 */
public final class AuditAccess {

    private AuditAccess() {
    }

    public static boolean canRead(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.MANAGER);
    }

    public static Caller requireRead(Caller caller) {
        if (!canRead(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    public static boolean seesAlerts(Caller caller) {
        return caller.has(Role.ADMIN);
    }
}
