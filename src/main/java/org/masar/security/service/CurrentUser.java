package org.masar.security.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.masar.security.domain.Role;
import org.masar.site.domain.Scope;

/**
 * The caller of the current request, loaded once per request from the account table: the sign-in
 * check that let the request in hands over the account it read ({@link #signedInAs}), so pages and
 * services do not read it again.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserService users;

    private Optional<Caller> caller;
    private Caller checked;

    public Optional<Caller> caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                caller = Optional.empty();
            } else if (checked != null && checked.username().equals(principal.getName())) {
                caller = Optional.of(checked);
            } else {
                caller = users.activeCaller(principal.getName());
            }
        }
        return caller;
    }

    /** The account as the authentication of this request just read it (active, with its roles and sites). */
    public void signedInAs(Caller account) {
        this.checked = account;
        this.caller = null;
    }

    /** The caller, for services that act on their behalf; only signed-in requests get this far. */
    public Caller require() {
        return caller().orElseThrow(org.masar.shared.domain.Forbidden::new);
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse(null);
    }

    public String getFullName() {
        return caller().map(Caller::fullName).orElse(null);
    }

    public Scope scope() {
        return caller().map(Caller::scope).orElse(Scope.nothing());
    }

    public boolean has(Role role) {
        return caller().map(c -> c.has(role)).orElse(false);
    }

    /** Donors and auditors see aggregates only; every other role works with people ({@link Caller#seesPeople}). */
    public boolean isSeesPeople() {
        return caller().map(Caller::seesPeople).orElse(false);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
