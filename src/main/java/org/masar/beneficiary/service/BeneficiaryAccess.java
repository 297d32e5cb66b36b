package org.masar.beneficiary.service;

import java.util.EnumSet;
import java.util.Set;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;

/**
 * Who may see and change personal data. Donors and auditors see aggregates only, never a
 * person; trainers, coaches and loan officers read the people of their sites; case workers,
 * internship coordinators, managers and administrators register and edit them.
 */
public final class BeneficiaryAccess {

    private static final Set<Role> READ = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.CASE_WORKER, Role.TRAINER,
            Role.COACH, Role.LOAN_OFFICER, Role.INTERNSHIP_COORDINATOR);
    private static final Set<Role> WRITE = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.CASE_WORKER,
            Role.INTERNSHIP_COORDINATOR);

    private BeneficiaryAccess() {
    }

    public static boolean canRead(Caller caller) {
        return caller.roles().stream().anyMatch(READ::contains);
    }

    public static boolean canWrite(Caller caller) {
        return caller.roles().stream().anyMatch(WRITE::contains);
    }

    public static Caller requireRead(Caller caller) {
        if (!canRead(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    public static Caller requireWrite(Caller caller) {
        if (!canWrite(caller)) {
            throw new Forbidden();
        }
        return caller;
    }
}
