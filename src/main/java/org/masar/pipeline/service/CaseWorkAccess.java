package org.masar.pipeline.service;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.pipeline.domain.PipelineType;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;

/**
 * Who works on enrolments, per pipeline type: the pipelines' half of the need-to-know table
 * (README, "Need to know"; the registry's half is {@link BeneficiaryAccess}). Within their scope,
 * case workers, managers and administrators work every pipeline; a trainer works TRAINING, a
 * coach INCUBATION and ACCELERATION, a loan officer MICROCREDIT, an internship coordinator
 * INTERNSHIP. An enrolment of a type the caller does not work is, for them, not there. Enrolling
 * someone takes the registry as well. Managers alone override entry criteria and reopen closed
 * enrolments; managers and administrators, who both enrol, may enrol into a programme outside its
 * period with a written reason. Donors never see a case.
 */
public final class CaseWorkAccess {

    /** The roles a case can be assigned to. */
    public static final Set<Role> WORKERS = EnumSet.of(Role.MANAGER, Role.CASE_WORKER, Role.TRAINER,
            Role.COACH, Role.LOAN_OFFICER, Role.INTERNSHIP_COORDINATOR);

    private static final Map<Role, Set<PipelineType>> TYPES = new EnumMap<>(Role.class);

    static {
        Set<PipelineType> all = EnumSet.allOf(PipelineType.class);
        TYPES.put(Role.ADMIN, all);
        TYPES.put(Role.MANAGER, all);
        TYPES.put(Role.CASE_WORKER, all);
        TYPES.put(Role.TRAINER, EnumSet.of(PipelineType.TRAINING));
        TYPES.put(Role.COACH, EnumSet.of(PipelineType.INCUBATION, PipelineType.ACCELERATION));
        TYPES.put(Role.LOAN_OFFICER, EnumSet.of(PipelineType.MICROCREDIT));
        TYPES.put(Role.INTERNSHIP_COORDINATOR, EnumSet.of(PipelineType.INTERNSHIP));
    }

    private CaseWorkAccess() {
    }

    /** The pipeline types the caller's roles work (none for donors and auditors). */
    public static Set<PipelineType> types(Caller caller) {
        Set<PipelineType> types = EnumSet.noneOf(PipelineType.class);
        caller.roles().forEach(role -> types.addAll(TYPES.getOrDefault(role, Set.of())));
        return types;
    }

    /** The types a role works, for the table README prints and the tests hold against it. */
    public static Set<PipelineType> types(Role role) {
        Set<PipelineType> types = TYPES.get(role);
        return types == null ? EnumSet.noneOf(PipelineType.class) : EnumSet.copyOf(types);
    }

    public static boolean works(Caller caller, PipelineType type) {
        return types(caller).contains(type);
    }

    /** Whether the caller may enrol people in pipelines of this type: the registry, and the type. */
    public static boolean enrols(Caller caller, PipelineType type) {
        return BeneficiaryAccess.usesRegistry(caller) && works(caller, type);
    }

    public static Caller require(Caller caller) {
        if (!canWork(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    /** Whether the caller works any pipeline at all. */
    public static boolean canWork(Caller caller) {
        return BeneficiaryAccess.canRead(caller) && !types(caller).isEmpty();
    }

    public static boolean isManager(Caller caller) {
        return caller.has(Role.MANAGER);
    }

    /** Whether the caller may enrol someone into a programme that has ended or not yet started, with a reason. */
    public static boolean overridesPeriod(Caller caller) {
        return caller.has(Role.MANAGER) || caller.has(Role.ADMIN);
    }
}
