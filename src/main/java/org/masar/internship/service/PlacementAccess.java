package org.masar.internship.service;

import org.masar.internship.domain.Placement;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.NotFound;
import org.masar.site.domain.Site;

/**
 * Who sees and works placements. A placement touches two sites, the sending one (where the intern
 * lives) and the receiving one (where the host is): internship coordinators and managers whose scope
 * reaches either side see it and work it, administrators too; case workers see their people's
 * placements, read-only. A placement outside these rules is, for the caller, not there. Donors see
 * counts only, elsewhere.
 */
public final class PlacementAccess {

    private PlacementAccess() {
    }

    public static boolean seesPlacements(Caller caller) {
        return editsPlacements(caller) || caller.has(Role.CASE_WORKER);
    }

    public static boolean editsPlacements(Caller caller) {
        return caller.has(Role.INTERNSHIP_COORDINATOR) || caller.has(Role.MANAGER) || caller.has(Role.ADMIN);
    }

    /** Whether the caller sees this placement: their role, and the scope reaching its sending or (not for case workers) receiving side. */
    public static boolean sees(Caller caller, Placement p) {
        return sees(caller, p.getSendingSite(), p.getReceivingSite());
    }

    public static boolean sees(Caller caller, Site sending, Site receiving) {
        if (!seesPlacements(caller)) {
            return false;
        }
        if (caller.scope().includes(sending)) {
            return true;
        }
        return editsPlacements(caller) && caller.scope().includes(receiving);
    }

    public static Placement requireSeen(Caller caller, Placement p) {
        if (p == null || !sees(caller, p)) {
            throw new NotFound();
        }
        return p;
    }

    /** A placement the caller sees but may not change is refused as a change their role does not make (403). */
    public static Placement requireEdit(Caller caller, Placement p) {
        requireSeen(caller, p);
        if (!editsPlacements(caller)) {
            throw new Forbidden();
        }
        return p;
    }
}
