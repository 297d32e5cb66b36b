package org.masar.beneficiary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.security.service.CurrentUser;

/** Whether the menu offers the registry (the list of everyone): by the need-to-know table, not by a role named here. */
@Named
@RequestScoped
public class RegistryMenu {

    @Inject
    CurrentUser currentUser;

    public boolean isShown() {
        return currentUser.caller().map(BeneficiaryAccess::usesRegistry).orElse(false);
    }

    /** Whether lists leave out people who withdrew consent to take part, and so should say so. */
    public boolean isWithheldNote() {
        return currentUser.caller().map(c -> !BeneficiaryAccess.seesWithdrawn(c)).orElse(false);
    }
}
