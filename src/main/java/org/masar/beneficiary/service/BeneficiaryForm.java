package org.masar.beneficiary.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.shared.domain.PlainText;

/** What the registration form and the REST API send: checked here, then by the service's rules. */
public class BeneficiaryForm {

    /** Names: bidirectional controls removed, control characters refused (see {@link PlainText}). */
    @NotBlank
    @Size(max = Beneficiary.NAME_MAX)
    @Pattern(regexp = PlainText.NO_CONTROLS, message = "{validation.controlCharacters}")
    private String firstName;
    @NotBlank
    @Size(max = Beneficiary.NAME_MAX)
    @Pattern(regexp = PlainText.NO_CONTROLS, message = "{validation.controlCharacters}")
    private String lastName;
    @Size(max = Beneficiary.ARABIC_NAME_MAX)
    @Pattern(regexp = PlainText.NO_CONTROLS, message = "{validation.controlCharacters}")
    // Control characters have their own message above, not this one as well.
    @Pattern(regexp = "[\\p{IsArabic}\\s\\-\\p{Cc}]*", message = "{beneficiary.error.arabicScript}")
    private String arabicName;
    @NotNull
    private Sex sex;
    /** Not in the future: checked by the service against today at the person's site. */
    @NotNull
    private LocalDate birthDate;
    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}")
    private String nationality;
    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}")
    private String residenceCountry;
    @NotBlank
    private String siteCode;
    @Size(max = 30)
    private String phone;
    @Email(message = "{validation.email}")
    @Size(max = Beneficiary.EMAIL_MAX)
    private String email;
    @NotNull
    private DocumentType documentType = DocumentType.NONE;
    @Size(max = Beneficiary.DOCUMENT_MAX)
    @Pattern(regexp = "[A-Za-z0-9\\-/ ]*", message = "{beneficiary.error.documentNumber}")
    private String documentNumber;
    @NotNull
    private EducationLevel educationLevel;
    @NotNull
    private EmploymentStatus employmentStatus;
    private boolean disability;
    private Set<BeneficiaryGroup> groups = EnumSet.noneOf(BeneficiaryGroup.class);
    /**
     * The day consent was given: required to register (and not in the future, as the birth date);
     * an edit keeps the consent as recorded. The registration page offers today.
     */
    private LocalDate consentDate;
    private Set<ConsentPurpose> consentPurposes = EnumSet.of(ConsentPurpose.PARTICIPATION);
    /** The language the person reads (en, fr, ar, it), or none when not asked. */
    private String language;
    private int version;

    public static BeneficiaryForm of(Beneficiary b) {
        BeneficiaryForm f = new BeneficiaryForm();
        f.firstName = b.getFirstName();
        f.lastName = b.getLastName();
        f.arabicName = b.getArabicName();
        f.sex = b.getSex();
        f.birthDate = b.getBirthDate();
        f.nationality = b.getNationality();
        f.residenceCountry = b.getResidenceCountry();
        f.siteCode = b.getSite().getCode();
        f.phone = b.getPhone();
        f.email = b.getEmail();
        f.documentType = b.getDocumentType();
        f.documentNumber = b.getDocumentNumber();
        f.educationLevel = b.getEducationLevel();
        f.employmentStatus = b.getEmploymentStatus();
        f.disability = b.isDisability();
        f.groups = b.getGroups().isEmpty() ? EnumSet.noneOf(BeneficiaryGroup.class) : EnumSet.copyOf(b.getGroups());
        f.consentPurposes = EnumSet.noneOf(ConsentPurpose.class);
        b.getConsents().stream().filter(c -> c.isActive()).forEach(c -> f.consentPurposes.add(c.getPurpose()));
        f.consentDate = b.getConsents().stream().map(c -> c.getGivenOn()).min(LocalDate::compareTo).orElse(null);
        f.version = b.getVersion();
        f.language = b.getLanguage();
        return f;
    }

    /** One line as typed: bidirectional controls removed, white space one space, blank none. */
    private static String clean(String text) {
        return PlainText.line(text);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = clean(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = clean(lastName);
    }

    public String getArabicName() {
        return arabicName;
    }

    public void setArabicName(String arabicName) {
        this.arabicName = clean(arabicName);
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality == null ? null : nationality.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getResidenceCountry() {
        return residenceCountry;
    }

    public void setResidenceCountry(String residenceCountry) {
        this.residenceCountry = residenceCountry == null ? null : residenceCountry.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = clean(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = clean(email);
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = org.masar.beneficiary.domain.DocumentNumbers.normalise(documentNumber);
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null || language.isBlank() ? null : language.strip();
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public boolean isDisability() {
        return disability;
    }

    public void setDisability(boolean disability) {
        this.disability = disability;
    }

    public Set<BeneficiaryGroup> getGroups() {
        return groups;
    }

    public void setGroups(Set<BeneficiaryGroup> groups) {
        this.groups = groups == null || groups.isEmpty() ? EnumSet.noneOf(BeneficiaryGroup.class) : EnumSet.copyOf(groups);
    }

    /** Arrays for the form's multi-selects. */
    public BeneficiaryGroup[] getGroupSelection() {
        return groups.toArray(BeneficiaryGroup[]::new);
    }

    public void setGroupSelection(BeneficiaryGroup[] selection) {
        setGroups(selection == null ? null : Set.of(selection));
    }

    public ConsentPurpose[] getConsentSelection() {
        return consentPurposes.toArray(ConsentPurpose[]::new);
    }

    public void setConsentSelection(ConsentPurpose[] selection) {
        setConsentPurposes(selection == null ? null : Set.of(selection));
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public Set<ConsentPurpose> getConsentPurposes() {
        return consentPurposes;
    }

    public void setConsentPurposes(Set<ConsentPurpose> purposes) {
        this.consentPurposes = purposes == null || purposes.isEmpty() ? EnumSet.noneOf(ConsentPurpose.class)
                : EnumSet.copyOf(purposes);
    }


    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
