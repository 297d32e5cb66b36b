package org.masar.testing;

import java.lang.reflect.Field;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.masar.programme.service.PartnerService;
import org.masar.programme.service.ProgrammeService;
import org.masar.security.service.Passwords;
import org.masar.security.service.SignInService;
import org.masar.security.service.UserService;
import org.masar.site.service.SiteService;

/** Services as the container would inject them, wired by hand to a test entity manager. */
public final class Wiring {

    private static final Passwords PASSWORDS = Passwords.standalone(new Pbkdf2PasswordHashImpl());
    /** The clock services get unless a test gives them another. */
    public static final java.time.Clock CLOCK = java.time.Clock.systemUTC();

    private Wiring() {
    }

    public static SiteService sites(Jpa jpa) {
        return set(new SiteService(), "em", jpa.em());
    }

    public static ProgrammeService programmes(Jpa jpa) {
        return set(new ProgrammeService(), "em", jpa.em());
    }

    public static PartnerService partners(Jpa jpa) {
        return set(new PartnerService(), "em", jpa.em());
    }

    public static org.masar.beneficiary.service.BeneficiaryService beneficiaries(Jpa jpa) {
        var service = set(new org.masar.beneficiary.service.BeneficiaryService(), "em", jpa.em(), "clock", CLOCK,
                "events", new SyncEvents<>(set(new org.masar.beneficiary.service.RegistryHistory(), "em", jpa.em()),
                        set(new org.masar.pipeline.service.EnrolmentScopes(), "em", jpa.em())),
                "history", set(new org.masar.beneficiary.service.RegistryTimeline(), "em", jpa.em()),
                "reads", new SyncEvents<>());
        set(service, "sites", sites(jpa));
        return set(service, "validator", jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator());
    }

    /** Merges over this registry, with the steps other modules contribute (none when none is given). */
    public static org.masar.beneficiary.service.PersonMerges merges(Jpa jpa,
                                                                   org.masar.beneficiary.service.BeneficiaryService registry,
                                                                   org.masar.beneficiary.service.MergeStep... steps) {
        return set(new org.masar.beneficiary.service.PersonMerges(), "em", jpa.em(), "clock", CLOCK, "registry", registry,
                "events", new SyncEvents<>(set(new org.masar.beneficiary.service.RegistryHistory(), "em", jpa.em()),
                        set(new org.masar.pipeline.service.EnrolmentScopes(), "em", jpa.em())),
                "steps", Instances.of(steps));
    }

    public static org.masar.beneficiary.service.BeneficiaryQueries beneficiaryQueries(Jpa jpa) {
        var queries = set(new org.masar.beneficiary.service.BeneficiaryQueries(), "em", jpa.em(), "clock", CLOCK);
        return set(queries, "sites", sites(jpa));
    }

    /** The registry's Excel export, as the download endpoint runs it. */
    public static org.masar.beneficiary.service.BeneficiaryExport beneficiaryExport(Jpa jpa) {
        return set(new org.masar.beneficiary.service.BeneficiaryExport(), "queries", beneficiaryQueries(jpa), "clock", CLOCK);
    }

    /** The enrolment list's Excel export with histories, as the download endpoint runs it. */
    public static org.masar.pipeline.service.EnrolmentExport enrolmentExport(Jpa jpa) {
        return set(new org.masar.pipeline.service.EnrolmentExport(), "queries", enrolmentQueries(jpa), "clock", CLOCK);
    }

    public static org.masar.pipeline.service.PipelineService pipelines(Jpa jpa,
                                                                     org.masar.pipeline.service.EvidenceSource... sources) {
        return set(new org.masar.pipeline.service.PipelineService(), "programmes", programmes(jpa), "em", jpa.em(),
                "evidence", evidence(sources));
    }

    /** The evidence sources a test deploys (none when none is given), as the pipelines find them. */
    public static org.masar.pipeline.service.EvidenceSources evidence(org.masar.pipeline.service.EvidenceSource... sources) {
        return set(new org.masar.pipeline.service.EvidenceSources(), "sources", Instances.of(sources));
    }

    /** The enrolment service on {@code jpa}'s entity manager, or on {@code service}, a subclass a test made. */
    public static <T extends org.masar.pipeline.service.EnrolmentService> T enrolments(Jpa jpa, T service) {
        set(service, "em", jpa.em(), "clock", CLOCK, "events", new SyncEvents<>(), "evidence", evidence());
        set(service, "registry", beneficiaries(jpa));
        return set(service, "users", users(jpa));
    }

    /** The pipelines' part of a merge; {@code events} hears the lines that close enrolments. */
    public static org.masar.pipeline.service.EnrolmentMerge enrolmentMerge(Jpa jpa, SyncEvents<?> events) {
        return set(new org.masar.pipeline.service.EnrolmentMerge(), "em", jpa.em(), "clock", CLOCK, "events", events);
    }

    public static org.masar.casework.service.CaseWorkMerge caseWorkMerge(Jpa jpa) {
        return set(new org.masar.casework.service.CaseWorkMerge(), "em", jpa.em());
    }

    public static org.masar.pipeline.service.EnrolmentQueries enrolmentQueries(Jpa jpa) {
        return set(new org.masar.pipeline.service.EnrolmentQueries(), "sites", sites(jpa), "em", jpa.em(), "clock", CLOCK);
    }

    public static org.masar.casework.service.CaseWorkService casework(Jpa jpa,
                                                                       org.masar.pipeline.service.EnrolmentService enrolments) {
        return set(new org.masar.casework.service.CaseWorkService(), "em", jpa.em(), "clock", CLOCK, "events", new SyncEvents<>(), "registry", beneficiaries(jpa),
                "enrolments", enrolments, "users", users(jpa));
    }

    /** Sets several fields at once: name, value, name, value… */
    public static <T> T set(T target, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            set(target, (String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return target;
    }

    public static Passwords passwords() {
        return PASSWORDS;
    }

    public static UserService users(Jpa jpa) {
        UserService users = set(new UserService(), "em", jpa.em(), "clock", CLOCK);
        return set(users, "passwords", PASSWORDS);
    }

    /**
     * Sign-in as the container runs it: each check in a transaction of its own, here on an entity
     * manager of its own (another connection, as REQUIRES_NEW takes), so that a test may call it
     * inside a transaction of {@code jpa}'s entity manager or from many threads, one service each.
     */
    public static SignInService signIn(Jpa jpa) {
        jakarta.persistence.EntityManager own = jpa.newEntityManager();
        org.masar.security.service.SignInChecks checks = new org.masar.security.service.SignInChecks() {
            @Override
            public SignInService.Result password(String name, String password) {
                return Jpa.tx(own, () -> super.password(name, password));
            }

            @Override
            public SignInService.Result code(String name, String code) {
                return Jpa.tx(own, () -> super.code(name, code));
            }

            @Override
            public boolean isLocked(String name) {
                return Jpa.tx(own, () -> super.isLocked(name));
            }
        };
        UserService users = set(new UserService(), "em", own, "clock", CLOCK, "passwords", PASSWORDS);
        set(checks, "em", own, "clock", CLOCK, "passwords", PASSWORDS, "users", users);
        return set(new SignInService(), "checks", checks);
    }

    public static org.masar.security.service.AccountService accounts(Jpa jpa, SignInService signIn) {
        return set(new org.masar.security.service.AccountService(), "em", jpa.em(), "clock", CLOCK,
                "passwords", PASSWORDS, "signIns", signIn);
    }

    /** Sets a field the container would inject; the tests' stand-in for @Inject and @PersistenceContext. */
    public static <T> T set(T target, String field, Object value) {
        try {
            for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
                try {
                    Field f = type.getDeclaredField(field);
                    f.setAccessible(true);
                    f.set(target, value);
                    return target;
                } catch (NoSuchFieldException notHere) {
                    // a subclass made by a test: look in the service class itself
                }
            }
            throw new NoSuchFieldException(field);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot wire " + field + " of " + target.getClass(), e);
        }
    }
}
