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
        var service = set(new org.masar.beneficiary.service.BeneficiaryService(), "em", jpa.em());
        set(service, "sites", sites(jpa));
        return set(service, "validator", jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator());
    }

    public static org.masar.beneficiary.service.BeneficiaryQueries beneficiaryQueries(Jpa jpa) {
        var queries = set(new org.masar.beneficiary.service.BeneficiaryQueries(), "em", jpa.em());
        return set(queries, "sites", sites(jpa));
    }

    public static Passwords passwords() {
        return PASSWORDS;
    }

    public static UserService users(Jpa jpa) {
        UserService users = set(new UserService(), "em", jpa.em());
        return set(users, "passwords", PASSWORDS);
    }

    public static SignInService signIn(Jpa jpa, UserService users) {
        SignInService signIn = set(new SignInService(), "em", jpa.em());
        set(signIn, "passwords", PASSWORDS);
        return set(signIn, "users", users);
    }

    /** Sets a field the container would inject; the tests' stand-in for @Inject and @PersistenceContext. */
    public static <T> T set(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot wire " + field + " of " + target.getClass(), e);
        }
    }
}
