package org.masar.beneficiary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryForm;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.beneficiary.service.Candidate;
import org.masar.beneficiary.service.DuplicatesFound;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * beneficiary/edit.xhtml: registers a person, or edits one. When the duplicate gate stops a
 * registration the candidates are shown beside the input; the user opens one of them, or
 * confirms a different person with a reason.
 */
@Named
@ViewScoped
public class EditBeneficiaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeneficiaryService registry;

    @Inject
    transient SiteService sites;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient java.time.Clock clock;

    private String code;
    private BeneficiaryForm form = new BeneficiaryForm();
    private List<Candidate> candidates = List.of();
    private String overrideReason;
    private transient List<Site> siteChoices;

    public void load() {
        if (!BeneficiaryAccess.canWrite(currentUser.require())) {
            Faces.forbidden();
            return;
        }
        if (code == null) {
            List<Site> choices = getSiteChoices();
            // Today where it is earliest among the caller's sites: never a day ahead of the person's.
            form.setConsentDate(choices.stream().map(s -> s.today(clock)).min(java.time.LocalDate::compareTo)
                    .orElse(currentUser.scope().today(clock)));
            if (!choices.isEmpty()) {
                // Most people a case worker registers live in the country of their sites.
                form.setNationality(choices.get(0).getCountryCode());
                form.setResidenceCountry(choices.get(0).getCountryCode());
            }
            if (choices.size() == 1 || choices.stream().filter(s -> s.getParentCode() != null).count() == 1) {
                form.setSiteCode(choices.get(choices.size() - 1).getCode());
            }
            return;
        }
        try {
            form = BeneficiaryForm.of(registry.open(code, currentUser.require(), org.masar.beneficiary.event.ReadView.EDIT));
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    public void save() {
        saveWith(null);
    }

    /** The user looked at the candidates and says this is someone else, and why. */
    public void confirmDifferentPerson() {
        saveWith(overrideReason == null ? "" : overrideReason);
    }

    private void saveWith(String reason) {
        Beneficiary[] saved = new Beneficiary[1];
        boolean ok = Faces.attempt("form", () -> {
            try {
                saved[0] = code == null
                        ? registry.register(form, currentUser.require(), reason)
                        : registry.update(code, form, currentUser.require());
            } catch (DuplicatesFound gate) {
                candidates = gate.candidates();
                throw gate;
            }
        });
        if (ok) {
            Faces.info(code == null ? "beneficiary.edit.registered" : "beneficiary.edit.saved", saved[0].getCode());
            Beneficiary.unusualAge(form.getBirthDate(), currentUser.scope().today(clock)).ifPresent(age -> Faces.warn(
                    "beneficiary.warning.unusualAge", String.valueOf(age), String.valueOf(Beneficiary.MINIMUM_AGE),
                    String.valueOf(Beneficiary.USUAL_MAXIMUM_AGE)));
            Faces.redirect("/beneficiary/view.xhtml?code=" + saved[0].getCode());
        }
    }

    public List<Site> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.within(currentUser.scope()).stream().filter(Site::isActive).toList();
        }
        return siteChoices;
    }

    public boolean isNew() {
        return code == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BeneficiaryForm getForm() {
        return form;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
