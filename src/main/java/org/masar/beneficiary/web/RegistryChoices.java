package org.masar.beneficiary.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;

/**
 * The registry's fixed pick-lists, the same for every page and user, as {@code registryChoices}:
 * the list's filters, the person's form and the profile's consent lines draw them from here.
 */
@Named
@ApplicationScoped
public class RegistryChoices {

    public Sex[] getSexes() {
        return Sex.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public EducationLevel[] getEducationLevels() {
        return EducationLevel.values();
    }

    /** The languages a person may read what Masar gives them in. */
    public List<String> getLanguages() {
        return Beneficiary.LANGUAGES;
    }

    public EmploymentStatus[] getEmploymentStatuses() {
        return EmploymentStatus.values();
    }

    public BeneficiaryGroup[] getGroups() {
        return BeneficiaryGroup.values();
    }

    public ConsentPurpose[] getPurposes() {
        return ConsentPurpose.values();
    }
}
