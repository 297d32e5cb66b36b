package org.masar.beneficiary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.beneficiary.service.SubjectWorkbook;
import org.masar.security.domain.Role;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;

/**
 * What the caller may do on the profile beneficiary/view.xhtml shows, and its consent form:
 * consent withdrawn or given, then the profile drawn again. The services check role and scope
 * again on their own.
 */
@Named
@RequestScoped
public class ProfileActionsBacking {

    @Inject
    ViewBeneficiaryBacking profile;

    @Inject
    BeneficiaryService registry;

    @Inject
    CurrentUser currentUser;

    public void withdraw(ConsentPurpose purpose) {
        if (Faces.attempt("consent", () -> registry.withdrawConsent(profile.getCode(), purpose, currentUser.require()))) {
            Faces.info("beneficiary.consent.withdrawn");
        }
        profile.reload();
    }

    public void give(ConsentPurpose purpose) {
        if (Faces.attempt("consent", () -> registry.giveConsent(profile.getCode(), purpose, currentUser.require()))) {
            Faces.info("beneficiary.consent.recorded");
        }
        profile.reload();
    }

    public boolean isCanEdit() {
        Beneficiary person = profile.getPerson();
        return person != null && person.getMergedInto() == null && !person.isErased()
                && currentUser.caller().map(BeneficiaryAccess::canWrite).orElse(false);
    }

    /** Whether the caller may take the workbook of everything held about the person. */
    public boolean isCanExportSubject() {
        return profile.getPerson() != null && currentUser.caller().map(SubjectWorkbook::permits).orElse(false);
    }

    public boolean isCanMerge() {
        return isCanEdit() && currentUser.has(Role.MANAGER);
    }
}
