package org.masar.pipeline.service;

import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;

/**
 * Who works on enrolments: every staff role that may read people (case workers, coaches, loan
 * officers, trainers, internship coordinators, managers, administrators), within their scope.
 * Managers alone override entry criteria and reopen closed enrolments. Donors never see a case.
 */
public final class CaseWorkAccess {

    /** The roles a case can be assigned to. */
    public static final java.util.Set<Role> WORKERS = java.util.EnumSet.of(Role.MANAGER, Role.CASE_WORKER, Role.TRAINER,
            Role.COACH, Role.LOAN_OFFICER, Role.INTERNSHIP_COORDINATOR);

    private CaseWorkAccess() {
    }

    public static Caller require(Caller caller) {
        if (!BeneficiaryAccess.canRead(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    public static boolean canWork(Caller caller) {
        return BeneficiaryAccess.canRead(caller);
    }

    public static boolean isManager(Caller caller) {
        return caller.has(Role.MANAGER);
    }
}
