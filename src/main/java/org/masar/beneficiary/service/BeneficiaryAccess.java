package org.masar.beneficiary.service;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.masar.beneficiary.domain.ProfilePart;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;

/**
 * Who may see and change personal data: the registry's half of the need-to-know table (README,
 * "Need to know"; the pipelines' half is {@code PipelineAccess}). Site scope comes first, always.
 * <ul>
 * <li>The registry (the list of everyone, search, export, registering and editing) belongs to
 * case workers, internship coordinators, managers and administrators.</li>
 * <li>Trainers, coaches and loan officers reach only the people enrolled in the pipelines they
 * work ({@link PersonReach}), and see only the parts of the record their work needs.</li>
 * <li>Donors and auditors see aggregates only, never a person.</li>
 * <li>A person who withdrew consent to take part leaves every list, export and search, and every
 * record view, for all but managers and administrators ({@link #seesWithdrawn}).</li>
 * </ul>
 */
public final class BeneficiaryAccess {

    private static final Set<Role> REGISTRY = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.CASE_WORKER,
            Role.INTERNSHIP_COORDINATOR);
    private static final Map<Role, Set<ProfilePart>> PARTS = new EnumMap<>(Role.class);

    static {
        Set<ProfilePart> all = EnumSet.allOf(ProfilePart.class);
        PARTS.put(Role.ADMIN, all);
        PARTS.put(Role.MANAGER, all);
        PARTS.put(Role.CASE_WORKER, all);
        PARTS.put(Role.INTERNSHIP_COORDINATOR, all);
        PARTS.put(Role.TRAINER, EnumSet.of(ProfilePart.IDENTITY));
        PARTS.put(Role.COACH, EnumSet.of(ProfilePart.IDENTITY, ProfilePart.CONTACT, ProfilePart.SOCIO,
                ProfilePart.CASE_NOTES));
        PARTS.put(Role.LOAN_OFFICER, EnumSet.of(ProfilePart.IDENTITY, ProfilePart.CONTACT, ProfilePart.DOCUMENTS,
                ProfilePart.SOCIO, ProfilePart.CASE_NOTES));
    }

    private BeneficiaryAccess() {
    }

    /** The parts of a record the caller's roles show them (none for donors and auditors). */
    public static Set<ProfilePart> parts(Caller caller) {
        Set<ProfilePart> parts = EnumSet.noneOf(ProfilePart.class);
        caller.roles().forEach(role -> parts.addAll(PARTS.getOrDefault(role, Set.of())));
        return parts;
    }

    /** The parts a role shows, for the table README prints and the tests hold against it. */
    public static Set<ProfilePart> parts(Role role) {
        Set<ProfilePart> parts = PARTS.get(role);
        return parts == null ? EnumSet.noneOf(ProfilePart.class) : EnumSet.copyOf(parts);
    }

    public static boolean sees(Caller caller, ProfilePart part) {
        return parts(caller).contains(part);
    }

    /** Whether the caller may be shown anyone at all. */
    public static boolean canRead(Caller caller) {
        return sees(caller, ProfilePart.IDENTITY);
    }

    /** The registry: the list of everyone in scope, search, export, register, edit. */
    public static boolean usesRegistry(Caller caller) {
        return caller.roles().stream().anyMatch(REGISTRY::contains);
    }

    public static boolean usesRegistry(Role role) {
        return REGISTRY.contains(role);
    }

    public static boolean canWrite(Caller caller) {
        return usesRegistry(caller);
    }

    /** Managers and administrators see people who withdrew their consent to take part. */
    public static boolean seesWithdrawn(Caller caller) {
        return caller.roles().stream().anyMatch(BeneficiaryAccess::seesWithdrawn);
    }

    public static boolean seesWithdrawn(Role role) {
        return role == Role.MANAGER || role == Role.ADMIN;
    }

    public static Caller requireRead(Caller caller) {
        if (!canRead(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    public static Caller requireRegistry(Caller caller) {
        if (!usesRegistry(caller)) {
            throw new Forbidden();
        }
        return caller;
    }

    public static Caller requireWrite(Caller caller) {
        return requireRegistry(caller);
    }
}
