package org.masar.security.service;

import java.util.Set;
import org.masar.security.domain.Role;
import org.masar.site.domain.Scope;

/** The signed-in user as every request needs them: who, what roles, which sites. */
public record Caller(long id, String username, String fullName, Set<Role> roles, Scope scope, String locale) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Donors and auditors see aggregates only; every other role works with people. */
    public boolean seesPeople() {
        return !(roles.size() == 1 && has(Role.DONOR_VIEWER));
    }
}
