package org.masar.beneficiary.api;

import java.util.List;
import java.util.Set;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.Consent;
import org.masar.beneficiary.domain.ProfilePart;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryForm;
import org.masar.shared.domain.FieldValues;

/**
 * A beneficiary in the REST API, in and out. {@code duplicateOverride} is only read on POST.
 * Codes (sex, document type…, groups, consent purposes) and dates travel as text and are read
 * here, so that a value that does not read is refused on its own field, saying what it accepts,
 * and codes are accepted in any case ("f" is F). The consent's date and purposes are named
 * consentDate and consentPurposes in errors, as the registry's own rules name them.
 */
public record BeneficiaryJson(String code, String firstName, String lastName, String arabicName, String sex,
                              String birthDate, String nationality, String residenceCountry, String siteCode,
                              String phone, String email, String documentType, String documentNumber,
                              String educationLevel, String employmentStatus, Boolean disability,
                              List<String> groups, ConsentJson consent, Integer version,
                              DuplicateOverride duplicateOverride, String mergedInto, String language) {

    public record ConsentJson(String date, List<String> purposes) {
    }

    public record DuplicateOverride(String reason) {
    }

    /** The whole record, for those who work the registry. */
    static BeneficiaryJson of(Beneficiary b) {
        return of(b, java.util.EnumSet.allOf(ProfilePart.class));
    }

    /** The record with only the parts the caller's roles show (README, "Need to know"): the others are null. */
    static BeneficiaryJson of(Beneficiary b, java.util.Set<ProfilePart> parts) {
        List<Consent> active = b.getConsents().stream().filter(Consent::isActive).toList();
        String consentDate = active.stream().map(Consent::getGivenOn).min(java.time.LocalDate::compareTo)
                .map(Object::toString).orElse(null);
        boolean documents = parts.contains(ProfilePart.DOCUMENTS);
        boolean contact = parts.contains(ProfilePart.CONTACT);
        boolean socio = parts.contains(ProfilePart.SOCIO);
        boolean protection = parts.contains(ProfilePart.PROTECTION);
        return new BeneficiaryJson(b.getCode(), b.getFirstName(), b.getLastName(), b.getArabicName(), name(b.getSex()),
                documents ? b.getBirthDate().toString() : null, documents ? b.getNationality() : null,
                documents ? b.getResidenceCountry() : null, b.getSite().getCode(),
                contact ? b.getPhone() : null, contact ? b.getEmail() : null,
                documents ? name(b.getDocumentType()) : null, documents ? b.getDocumentNumber() : null,
                socio ? name(b.getEducationLevel()) : null, socio ? name(b.getEmploymentStatus()) : null,
                protection ? b.isDisability() : null,
                protection ? b.getGroups().stream().sorted().map(Enum::name).toList() : null,
                new ConsentJson(consentDate, active.stream().map(Consent::getPurpose).sorted().map(Enum::name).toList()),
                b.getVersion(), null, b.getMergedInto() == null ? null : b.getMergedInto().getCode(), b.getLanguage());
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    /** The form this body fills in; refused, naming each field, when a code or a date does not read. */
    BeneficiaryForm toForm() {
        FieldValues read = new FieldValues();
        BeneficiaryForm f = new BeneficiaryForm();
        f.setFirstName(firstName);
        f.setLastName(lastName);
        f.setArabicName(arabicName);
        f.setSex(read.constant(Sex.class, "sex", sex));
        f.setBirthDate(read.date("birthDate", birthDate));
        f.setNationality(nationality);
        f.setResidenceCountry(residenceCountry);
        f.setSiteCode(siteCode);
        f.setPhone(phone);
        f.setEmail(email);
        DocumentType document = read.constant(DocumentType.class, "documentType", documentType);
        f.setDocumentType(document == null ? DocumentType.NONE : document);
        f.setDocumentNumber(documentNumber);
        f.setEducationLevel(read.constant(EducationLevel.class, "educationLevel", educationLevel));
        f.setEmploymentStatus(read.constant(EmploymentStatus.class, "employmentStatus", employmentStatus));
        f.setLanguage(language == null ? null : language.toLowerCase(java.util.Locale.ROOT));
        f.setDisability(Boolean.TRUE.equals(disability));
        List<BeneficiaryGroup> readGroups = read.constants(BeneficiaryGroup.class, "groups", groups);
        f.setGroups(readGroups == null ? null : Set.copyOf(readGroups));
        if (consent != null) {
            f.setConsentDate(read.date("consentDate", consent.date()));
            List<ConsentPurpose> purposes = read.constants(ConsentPurpose.class, "consentPurposes", consent.purposes());
            f.setConsentPurposes(purposes == null ? null : Set.copyOf(purposes));
        } else {
            f.setConsentPurposes(null);
        }
        f.setVersion(version == null ? -1 : version);
        read.check();
        return f;
    }
}
