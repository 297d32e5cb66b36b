package org.masar.beneficiary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.security.domain.Role;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/** beneficiary/view.xhtml: the profile, consent and timeline of one person; consent changes and merges. */
@Named
@ViewScoped
public class ViewBeneficiaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeneficiaryService registry;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient java.time.Clock clock;

    @Inject
    org.masar.casework.web.CaseWorkBacking casework;

    private String code;
    private Beneficiary person;
    private String duplicateCode;

    public void load() {
        try {
            person = registry.profile(code, currentUser.scope());
            casework.load(person.getCode(), person.getId(), person.getSite().getPath());
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    public void withdraw(ConsentPurpose purpose) {
        if (Faces.attempt("consent", () -> registry.withdrawConsent(code, purpose, currentUser.require()))) {
            Faces.info("beneficiary.consent.withdrawn");
        }
        load();
    }

    public void give(ConsentPurpose purpose) {
        if (Faces.attempt("consent", () -> registry.giveConsent(code, purpose, currentUser.require()))) {
            Faces.info("beneficiary.consent.recorded");
        }
        load();
    }

    public void merge() {
        if (Faces.attempt("merge", () -> registry.merge(code, duplicateCode, currentUser.require()))) {
            Faces.info("beneficiary.merge.done", duplicateCode, code);
            duplicateCode = null;
        }
        load();
    }

    public boolean isCanEdit() {
        return person != null && person.getMergedInto() == null
                && currentUser.caller().map(BeneficiaryAccess::canWrite).orElse(false);
    }

    public boolean isCanMerge() {
        return isCanEdit() && currentUser.has(Role.MANAGER);
    }

    public AgeBand getAgeBand() {
        return person.ageBand(person.getSite().today(clock));
    }

    public int getAge() {
        return person.age(person.getSite().today(clock));
    }

    public ConsentPurpose[] getPurposes() {
        return ConsentPurpose.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Beneficiary getPerson() {
        return person;
    }

    public String getDuplicateCode() {
        return duplicateCode;
    }

    public void setDuplicateCode(String duplicateCode) {
        this.duplicateCode = duplicateCode;
    }
}
