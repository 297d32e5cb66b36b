package org.masar.beneficiary.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.masar.shared.domain.BusinessException;
import org.masar.site.domain.Site;

/**
 * A person Masar follows. Personal data is edited as a whole ({@link #apply}); consent changes,
 * merges and registration go through their own verbs, each leaving a trace.
 */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    public static final int NAME_MAX = 80;
    public static final int ARABIC_NAME_MAX = 160;
    public static final int EMAIL_MAX = 160;
    public static final int DOCUMENT_MAX = 40;
    public static final int MINIMUM_AGE = 15;
    /** Above this age a birth date is a typing error (1890 for 1990): the programmes serve people of working age and their elders. */
    public static final int MAXIMUM_AGE = 80;
    /**
     * The oldest age our programmes serve: the donors' bands run 15–17, 18–24, 25–35, 36–64
     * (PRODUCT.md). Between this and {@link #MAXIMUM_AGE} a birth date is saved with a warning, as
     * it is more often a slip of a decade than a person of 70 in vocational training. Under
     * {@link #MINIMUM_AGE} the band's lower bound is a refusal, so there is no lower warning.
     */
    public static final int USUAL_MAXIMUM_AGE = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 20)
    private String code;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "arabic_name", length = ARABIC_NAME_MAX)
    private String arabicName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, length = 2)
    private String nationality;

    @Column(name = "residence_country", nullable = false, length = 2)
    private String residenceCountry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(length = 16)
    private String phone;

    @Column(length = EMAIL_MAX)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;

    @Column(name = "document_number", length = DOCUMENT_MAX)
    private String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", nullable = false)
    private EducationLevel educationLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status", nullable = false)
    private EmploymentStatus employmentStatus;

    @Column(nullable = false)
    private boolean disability;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "beneficiary_group", joinColumns = @JoinColumn(name = "beneficiary_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "grp")
    private Set<BeneficiaryGroup> groups = EnumSet.noneOf(BeneficiaryGroup.class);

    /** Written with the names, the site and taking part ({@link #indexNames}); read through {@link NameToken}. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "beneficiary_name_token", joinColumns = @JoinColumn(name = "beneficiary_id"))
    private Set<NameWord> nameWords = new java.util.HashSet<>();

    @OneToMany(mappedBy = "beneficiary", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("givenOn, id")
    private List<Consent> consents = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Beneficiary mergedInto;

    /**
     * {@link #takesPart()} kept on the row, so that every list of a case worker filters it
     * without reading consents (V13). Each change of consents sets it again.
     */
    @Column(name = "taking_part", nullable = false)
    private boolean takingPart = true;

    /** When the record was erased at the person's request; null while it holds their data. */
    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    /** The language the person reads (en, fr, ar, it), or null when not asked. */
    @Column(length = 2)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected Beneficiary() {
    }

    /** A new registration. Consent to take part in the programme is what makes it lawful. */
    public static Beneficiary register(String code, Details details, Site site, LocalDate consentDate,
                                       Set<ConsentPurpose> purposes, String by, LocalDateTime now) {
        if (!purposes.contains(ConsentPurpose.PARTICIPATION)) {
            throw new BusinessException("beneficiary.error.participationConsent");
        }
        Beneficiary b = new Beneficiary();
        b.code = code;
        b.createdAt = now;
        b.createdBy = by;
        b.apply(details, site, now);
        for (ConsentPurpose purpose : purposes) {
            b.consents.add(new Consent(b, purpose, consentDate, by));
        }
        return b;
    }

    /** The personal data a registration or an edit sets, already checked and normalised. */
    public record Details(String firstName, String lastName, String arabicName, Sex sex, LocalDate birthDate,
                          String nationality, String residenceCountry, String phone, String email,
                          DocumentType documentType, String documentNumber, EducationLevel educationLevel,
                          EmploymentStatus employmentStatus, boolean disability, Set<BeneficiaryGroup> groups) {
    }

    public void apply(Details d, Site newSite, LocalDateTime now) {
        firstName = d.firstName();
        lastName = d.lastName();
        arabicName = d.arabicName();
        sex = d.sex();
        birthDate = d.birthDate();
        nationality = d.nationality();
        residenceCountry = d.residenceCountry();
        phone = d.phone();
        email = d.email();
        documentType = d.documentType();
        documentNumber = d.documentType() == DocumentType.NONE ? null : d.documentNumber();
        educationLevel = d.educationLevel();
        employmentStatus = d.employmentStatus();
        disability = d.disability();
        groups.clear();
        groups.addAll(d.groups());
        site = newSite;
        updatedAt = now;
        indexNames();
    }

    public Details details() {
        return new Details(firstName, lastName, arabicName, sex, birthDate, nationality, residenceCountry, phone,
                email, documentType, documentNumber, educationLevel, employmentStatus, disability,
                groups.isEmpty() ? EnumSet.noneOf(BeneficiaryGroup.class) : EnumSet.copyOf(groups));
    }

    /** Withdraws consent to a purpose; returns false when none was active. */
    public boolean withdrawConsent(ConsentPurpose purpose, LocalDate on) {
        boolean changed = false;
        for (Consent consent : consents) {
            if (consent.getPurpose() == purpose && consent.isActive()) {
                consent.withdraw(on);
                changed = true;
            }
        }
        takingPart = takesPart();
        indexNames();
        return changed;
    }

    /** Gives consent to a purpose; returns false when it was already active. */
    public boolean giveConsent(ConsentPurpose purpose, LocalDate on, String by) {
        if (activeConsent(purpose)) {
            return false;
        }
        consents.add(new Consent(this, purpose, on, by));
        takingPart = takesPart();
        indexNames();
        return true;
    }

    /** {@link #takesPart()} as kept on the row, without reading consents. */
    public boolean isTakingPart() {
        return takingPart;
    }

    /** Whether the person takes part: consent to participation given and not withdrawn. */
    public boolean takesPart() {
        return activeConsent(ConsentPurpose.PARTICIPATION);
    }

    /** The day consent to participation was last withdrawn, if it was. */
    public LocalDate participationWithdrawnOn() {
        return consents.stream().filter(c -> c.getPurpose() == ConsentPurpose.PARTICIPATION)
                .map(Consent::getWithdrawnOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    public boolean activeConsent(ConsentPurpose purpose) {
        return consents.stream().anyMatch(c -> c.getPurpose() == purpose && c.isActive());
    }

    /**
     * What folding {@code duplicate} into this record moves: its consents to each purpose this
     * record does not hold actively (the others stay with it, as its history), the groups this one
     * lacks, and the contact and document details this one has not got.
     */
    public record MergePlan(List<Consent> consents, List<Consent> alreadyHeld, Set<BeneficiaryGroup> groups,
                            List<Field> filled) {
    }

    /** The details a merge fills in when the record kept has none. */
    public enum Field {
        ARABIC_NAME, PHONE, EMAIL, DOCUMENT
    }

    /** What {@link #absorb} would do with {@code duplicate}; nothing changes. */
    public MergePlan mergePlan(Beneficiary duplicate) {
        if (duplicate == this || duplicate.mergedInto != null || mergedInto != null) {
            throw new BusinessException("beneficiary.error.mergeInvalid");
        }
        List<Consent> moving = new ArrayList<>();
        List<Consent> held = new ArrayList<>();
        for (Consent consent : duplicate.consents) {
            (activeConsent(consent.getPurpose()) ? held : moving).add(consent);
        }
        Set<BeneficiaryGroup> added = EnumSet.noneOf(BeneficiaryGroup.class);
        added.addAll(duplicate.groups);
        added.removeAll(groups);
        List<Field> filled = new ArrayList<>();
        if (arabicName == null && duplicate.arabicName != null) {
            filled.add(Field.ARABIC_NAME);
        }
        if (phone == null && duplicate.phone != null) {
            filled.add(Field.PHONE);
        }
        if (email == null && duplicate.email != null) {
            filled.add(Field.EMAIL);
        }
        if (documentType == DocumentType.NONE && duplicate.documentType != DocumentType.NONE) {
            filled.add(Field.DOCUMENT);
        }
        return new MergePlan(moving, held, added, filled);
    }

    /**
     * Folds {@code duplicate} into this record as {@link #mergePlan} says: consents to purposes
     * this record does not hold actively move here (never a second active one of a purpose), its
     * groups and missing details too; it points here from now on and disappears from lists. Its
     * own history, and the consents this record already held, stay attached to it.
     */
    public void absorb(Beneficiary duplicate, LocalDateTime now) {
        MergePlan plan = mergePlan(duplicate);
        for (Consent consent : plan.consents()) {
            consent.moveTo(this);
            consents.add(consent);
            duplicate.consents.remove(consent);
        }
        takingPart = takesPart();
        duplicate.takingPart = duplicate.takesPart();
        groups.addAll(plan.groups());
        for (Field field : plan.filled()) {
            switch (field) {
                case ARABIC_NAME -> arabicName = duplicate.arabicName;
                case PHONE -> phone = duplicate.phone;
                case EMAIL -> email = duplicate.email;
                case DOCUMENT -> {
                    documentType = duplicate.documentType;
                    documentNumber = duplicate.documentNumber;
                }
            }
        }
        // A document number is unique: the merged record gives its own up, whether it moved or not.
        duplicate.documentType = DocumentType.NONE;
        duplicate.documentNumber = null;
        duplicate.mergedInto = this;
        duplicate.updatedAt = now;
        updatedAt = now;
        indexNames();
        duplicate.indexNames();
    }

    /**
     * Writes the name-search words again from the names, the site and taking part; a merged or
     * erased record has none, since no list shows it. Only the words that changed are written.
     */
    private void indexNames() {
        Set<NameWord> words = new java.util.HashSet<>();
        if (mergedInto == null && erasedAt == null) {
            Long siteId = site == null ? null : site.getId(); // never null once stored (site_id NOT NULL)
            for (String token : NameMatcher.searchTokens(firstName, lastName, arabicName)) {
                words.add(new NameWord(token, siteId, takingPart, lastName, firstName));
            }
        }
        nameWords.retainAll(words);
        nameWords.addAll(words);
    }

    public AgeBand ageBand(LocalDate on) {
        return AgeBand.of(birthDate, on);
    }

    public int age(LocalDate on) {
        return AgeBand.age(birthDate, on);
    }

    /** What an erased record's names read. */
    public static final String ERASED = "—";

    /**
     * Erases the person's data for ever: names, contact, documents and language go; what the
     * counts need stays — sex, the birth year (the date becomes 1 January of it), site,
     * nationality and residence, education, employment, disability, groups, consents as given
     * and withdrawn — and the enrolments, kept by their own module.
     */
    public void erase(LocalDateTime now) {
        if (erasedAt != null) {
            throw new BusinessException("erasure.error.decided");
        }
        firstName = ERASED;
        lastName = ERASED;
        arabicName = null;
        birthDate = LocalDate.of(birthDate.getYear(), 1, 1);
        phone = null;
        email = null;
        documentType = DocumentType.NONE;
        documentNumber = null;
        language = null;
        erasedAt = now;
        updatedAt = now;
        indexNames();
    }

    public LocalDateTime getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Masar's languages, in which a person may ask to be given what Masar holds about them. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "ar", "it");

    /** Records the language the person reads; anything but one of {@link #LANGUAGES} is none. */
    public void speaks(String language) {
        this.language = language != null && LANGUAGES.contains(language.strip().toLowerCase(java.util.Locale.ROOT))
                ? language.strip().toLowerCase(java.util.Locale.ROOT) : null;
    }

    public String getLanguage() {
        return language;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getArabicName() {
        return arabicName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** The age of someone born on {@code birthDate}, on {@code on}, when it is above what our programmes serve. */
    public static java.util.OptionalInt unusualAge(LocalDate birthDate, LocalDate on) {
        int age = AgeBand.age(birthDate, on);
        return age > USUAL_MAXIMUM_AGE ? java.util.OptionalInt.of(age) : java.util.OptionalInt.empty();
    }

    public String getNationality() {
        return nationality;
    }

    public String getResidenceCountry() {
        return residenceCountry;
    }

    public Site getSite() {
        return site;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public boolean isDisability() {
        return disability;
    }

    public Set<BeneficiaryGroup> getGroups() {
        return groups;
    }

    public List<Consent> getConsents() {
        return consents;
    }

    public Beneficiary getMergedInto() {
        return mergedInto;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }
}
