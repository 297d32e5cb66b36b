package org.masar.beneficiary.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.Consent;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryForm;

/** A beneficiary in the REST API, in and out. {@code duplicateOverride} is only read on POST. */
public record BeneficiaryJson(String code, String firstName, String lastName, String arabicName, Sex sex,
                              LocalDate birthDate, String nationality, String residenceCountry, String siteCode,
                              String phone, String email, DocumentType documentType, String documentNumber,
                              EducationLevel educationLevel, EmploymentStatus employmentStatus, Boolean disability,
                              List<BeneficiaryGroup> groups, ConsentJson consent, Integer version,
                              DuplicateOverride duplicateOverride, String mergedInto) {

    public record ConsentJson(LocalDate date, List<ConsentPurpose> purposes) {
    }

    public record DuplicateOverride(String reason) {
    }

    static BeneficiaryJson of(Beneficiary b) {
        List<Consent> active = b.getConsents().stream().filter(Consent::isActive).toList();
        LocalDate consentDate = active.stream().map(Consent::getGivenOn).min(LocalDate::compareTo).orElse(null);
        return new BeneficiaryJson(b.getCode(), b.getFirstName(), b.getLastName(), b.getArabicName(), b.getSex(),
                b.getBirthDate(), b.getNationality(), b.getResidenceCountry(), b.getSite().getCode(), b.getPhone(),
                b.getEmail(), b.getDocumentType(), b.getDocumentNumber(), b.getEducationLevel(),
                b.getEmploymentStatus(), b.isDisability(), b.getGroups().stream().sorted().toList(),
                new ConsentJson(consentDate, active.stream().map(Consent::getPurpose).sorted().toList()),
                b.getVersion(), null, b.getMergedInto() == null ? null : b.getMergedInto().getCode());
    }

    BeneficiaryForm toForm() {
        BeneficiaryForm f = new BeneficiaryForm();
        f.setFirstName(firstName);
        f.setLastName(lastName);
        f.setArabicName(arabicName);
        f.setSex(sex);
        f.setBirthDate(birthDate);
        f.setNationality(nationality);
        f.setResidenceCountry(residenceCountry);
        f.setSiteCode(siteCode);
        f.setPhone(phone);
        f.setEmail(email);
        f.setDocumentType(documentType == null ? DocumentType.NONE : documentType);
        f.setDocumentNumber(documentNumber);
        f.setEducationLevel(educationLevel);
        f.setEmploymentStatus(employmentStatus);
        f.setDisability(Boolean.TRUE.equals(disability));
        f.setGroups(groups == null ? null : Set.copyOf(groups));
        if (consent != null) {
            f.setConsentDate(consent.date());
            f.setConsentPurposes(consent.purposes() == null ? null : Set.copyOf(consent.purposes()));
        } else {
            f.setConsentPurposes(null);
        }
        f.setVersion(version == null ? -1 : version);
        return f;
    }
}
