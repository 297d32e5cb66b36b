package org.masar.internship.service;

import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;

/**
 * Who works with host organisations. Hosts are companies, not the people Masar follows: internship
 * coordinators, managers and administrators see every host, wherever they are, and record and
 * describe them; case workers see them, read-only, to follow their people's placements. Donors,
 * auditors, trainers, coaches and loan officers do not work with hosts.
 */
public final class InternshipAccess {

    private InternshipAccess() {
    }

    public static boolean seesHosts(Caller caller) {
        return editsHosts(caller) || caller.has(Role.CASE_WORKER);
    }

    public static boolean editsHosts(Caller caller) {
        return caller.has(Role.INTERNSHIP_COORDINATOR) || caller.has(Role.MANAGER) || caller.has(Role.ADMIN);
    }

    public static Caller requireHosts(Caller caller) {
        if (!seesHosts(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    public static Caller requireHostEdit(Caller caller) {
        if (!editsHosts(caller)) {
            throw new Forbidden();
        }
        return caller;
    }
}
