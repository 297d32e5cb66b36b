package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.beneficiary.event.ConsentChanged;
import org.masar.beneficiary.event.PersonChanged;
import org.masar.beneficiary.event.PersonEdited;
import org.masar.beneficiary.event.PeopleListed;
import org.masar.beneficiary.event.PersonRead;
import org.masar.beneficiary.event.ReadView;
import org.masar.beneficiary.event.PersonRegistered;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.NameMatcher;
import org.masar.beneficiary.domain.PhoneNumbers;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * The registry's changes: register behind the duplicate gate, edit with optimistic locking,
 * consent, merge. Every person is looked up through the caller's scope; one outside it does
 * not exist for them.
 */
@ApplicationScoped
@Transactional
public class BeneficiaryService {

    public static final int OVERRIDE_REASON_MIN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteService sites;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Event<PersonChanged> events;

    @Inject
    RegistryTimeline history;

    @Inject
    Event<PersonRead> reads;

    @Inject
    Event<PeopleListed> lists;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<PersonReach> reaches;


    /**
     * The person with this code as the caller may be shown them: in their scope, within reach of
     * their work when they have no registry, and taking part unless the caller is a manager or an
     * administrator (merged records included). Otherwise, for the caller, nobody has the code
     * ({@link NotFound}), or it says why the record is withheld ({@link ParticipationWithdrawn}).
     */
    public Beneficiary find(String code, Caller caller) {
        Beneficiary b = inScope(code, caller.scope());
        admit(b, caller);
        return b;
    }

    /** As {@link #find}, with groups, consents and the record it was merged into loaded for the profile. */
    public Beneficiary profile(String code, Caller caller) {
        return loaded(find(code, caller));
    }

    /** Refuses a person, already found within the caller's scope, whom the caller may not be shown. */
    public void admit(Beneficiary b, Caller caller) {
        BeneficiaryAccess.requireRead(caller);
        if (!BeneficiaryAccess.usesRegistry(caller) && reaches.stream().noneMatch(r -> r.reaches(caller, b))) {
            throw new NotFound();
        }
        if (b.getMergedInto() == null && !b.takesPart() && !BeneficiaryAccess.seesWithdrawn(caller)) {
            throw new ParticipationWithdrawn(b.getCode(), b.participationWithdrawnOn());
        }
    }

    /** The person with this code, if the scope reaches their site: for the registry's own checks. */
    private Beneficiary inScope(String code, Scope scope) {
        return em.createQuery("select b from Beneficiary b join fetch b.site where b.code = :code", Beneficiary.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .filter(b -> scope.includes(b.getSite()))
                .orElseThrow(NotFound::new);
    }

    /** The person with what a profile shows read now, in the caller's transaction. */
    static Beneficiary loaded(Beneficiary b) {
        b.getSite().getCode();
        b.getGroups().size();
        b.getConsents().size();
        if (b.getMergedInto() != null) {
            b.getMergedInto().getCode();
        }
        return b;
    }

    /**
     * The profile as a screen or call shows it to the caller ({@code view}),
     * told to the audit trail as a read. A page re-showing what it already read after one of its
     * own actions uses {@link #profile}.
     */
    public Beneficiary open(String code, Caller caller, ReadView view) {
        Beneficiary b = profile(code, caller);
        told(b, caller, view);
        return b;
    }

    /** Tells the audit trail that the caller was shown this person through {@code view}. */
    public void told(Beneficiary person, Caller caller, ReadView view) {
        reads.fire(new PersonRead(person.getId(), person.getCode(), view, "person " + person.getCode(),
                caller.username(), LocalDateTime.now(clock)));
    }

    /** Tells the audit trail that the caller was shown a list of people: which filter, how many. */
    public void listed(String filter, int rows, Caller caller) {
        lists.fire(new PeopleListed(filter, rows, caller.username(), LocalDateTime.now(clock)));
    }

    /** Likely duplicates of the form's person, registered at {@code site}, among those the scope reaches. */
    public List<Candidate> duplicates(BeneficiaryForm form, Site site, Scope scope, Long excludeId) {
        String phone = PhoneNumbers.normalise(form.getPhone(), site.getCountryCode()).orElse(null);
        List<Beneficiary> found = em.createQuery("select b from Beneficiary b join fetch b.site where b.mergedInto is null"
                        + " and (b.birthDate = :birth or b.phone = :phone"
                        + " or (b.documentType = :type and b.documentNumber = :number))", Beneficiary.class)
                .setParameter("birth", form.getBirthDate())
                .setParameter("phone", phone == null ? "-" : phone)
                .setParameter("type", form.getDocumentType())
                .setParameter("number", form.getDocumentType() == DocumentType.NONE || form.getDocumentNumber() == null
                        ? "-" : form.getDocumentNumber())
                .getResultList();
        List<Candidate> candidates = new ArrayList<>();
        for (Beneficiary b : found) {
            if (Objects.equals(b.getId(), excludeId) || !scope.includes(b.getSite())) {
                continue;
            }
            Candidate.Reason reason = null;
            if (form.getDocumentType() != DocumentType.NONE && b.getDocumentType() == form.getDocumentType()
                    && Objects.equals(b.getDocumentNumber(), form.getDocumentNumber())) {
                reason = Candidate.Reason.DOCUMENT;
            } else if (phone != null && phone.equals(b.getPhone())) {
                reason = Candidate.Reason.PHONE;
            } else if (b.getBirthDate().equals(form.getBirthDate()) && NameMatcher.samePerson(form.getFirstName(),
                    form.getLastName(), form.getArabicName(), b.getFirstName(), b.getLastName(), b.getArabicName())) {
                reason = Candidate.Reason.NAME_AND_BIRTH_DATE;
            }
            if (reason != null) {
                candidates.add(new Candidate(b.getCode(), b.getFirstName(), b.getLastName(), b.getArabicName(),
                        b.getBirthDate(), b.getSite().names(), b.getPhone(), b.getDocumentNumber(), reason));
            }
        }
        return candidates;
    }

    /**
     * Registers a person. When likely duplicates exist the registration stops with
     * {@link DuplicatesFound}, unless the caller states why this is a different person; that
     * decision is recorded with who and why. Returns the person as this registration wrote it,
     * with what a profile shows loaded: an answer made from it cannot show another user's later
     * change, as reading the person again after the commit could.
     */
    public Beneficiary register(BeneficiaryForm form, Caller caller, String overrideReason) {
        BeneficiaryAccess.requireWrite(caller);
        validate(form);
        Site site = siteInScope(form, caller.scope());
        Map<String, String> problems = checkRules(form, site, null);
        if (!form.getConsentPurposes().contains(ConsentPurpose.PARTICIPATION)) {
            problems.put("consentPurposes", "beneficiary.error.participationConsent");
        }
        if (form.getConsentDate() == null) {
            problems.put("consentDate", "beneficiary.error.consentDateRequired");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Candidate> candidates = duplicates(form, site, caller.scope(), null);
        boolean overridden = overrideReason != null && overrideReason.trim().length() >= OVERRIDE_REASON_MIN;
        if (!candidates.isEmpty() && !overridden) {
            if (overrideReason != null) {
                throw InvalidInput.of("overrideReason", "beneficiary.duplicates.reasonTooShort");
            }
            throw new DuplicatesFound(candidates);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Beneficiary b = Beneficiary.register(nextCode(site), details(form, site), site, form.getConsentDate(),
                form.getConsentPurposes(), caller.username(), now);
        b.speaks(form.getLanguage());
        em.persist(b);
        em.flush();
        events.fire(new PersonRegistered(b.getId(), b.getCode(), site.getCode(),
                candidates.isEmpty() ? null : overrideReason.trim(), candidates.stream().map(Candidate::code).toList(),
                caller.username(), now));
        return loaded(b);
    }

    /**
     * Saves an edit made from the version the editor started from; a stale version is refused.
     * Returns the person as this edit left them (its version among it), loaded as {@link #register} does.
     */
    public Beneficiary update(String code, BeneficiaryForm form, Caller caller) {
        BeneficiaryAccess.requireWrite(caller);
        Beneficiary b = find(code, caller);
        Versions.require(form.getVersion(), b.getVersion());
        if (b.getMergedInto() != null) {
            throw new BusinessException("beneficiary.error.merged");
        }
        if (b.isErased()) {
            throw new BusinessException("erasure.error.erased");
        }
        validate(form);
        Site site = siteInScope(form, caller.scope());
        Map<String, String> problems = checkRules(form, site, b.getId());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Beneficiary.Details before = b.details();
        Beneficiary.Details after = details(form, site);
        List<PersonEdited.FieldChange> changes = new ArrayList<>(changes(before, after, b.getSite(), site));
        if (!java.util.Objects.equals(b.getLanguage(), form.getLanguage())) {
            changes.add(new PersonEdited.FieldChange("language", b.getLanguage(), form.getLanguage()));
        }
        if (!changes.isEmpty()) {
            LocalDateTime now = LocalDateTime.now(clock);
            b.apply(after, site, now);
            b.speaks(form.getLanguage());
            em.flush();
            events.fire(new PersonEdited(b.getId(), b.getCode(), changes, caller.username(), now));
        }
        return loaded(b);
    }

    public void withdrawConsent(String code, ConsentPurpose purpose, Caller caller) {
        BeneficiaryAccess.requireWrite(caller);
        Beneficiary b = find(code, caller);
        if (b.withdrawConsent(purpose, b.getSite().today(clock))) {
            events.fire(new ConsentChanged(b.getId(), b.getCode(), purpose, false, caller.username(),
                    LocalDateTime.now(clock)));
        }
    }

    public void giveConsent(String code, ConsentPurpose purpose, Caller caller) {
        BeneficiaryAccess.requireWrite(caller);
        Beneficiary b = find(code, caller);
        if (b.giveConsent(purpose, b.getSite().today(clock), caller.username())) {
            em.flush();
            events.fire(new ConsentChanged(b.getId(), b.getCode(), purpose, true, caller.username(),
                    LocalDateTime.now(clock)));
        }
    }

    /** The person's registry history, newest first, including that of records merged into them. */
    public List<BeneficiaryEvent> timeline(String code, Caller caller) {
        BeneficiaryAccess.requireRegistry(caller);
        List<BeneficiaryEvent> events = new ArrayList<>(history.events(find(code, caller).getId()));
        java.util.Collections.reverse(events);
        return events;
    }

    private void validate(BeneficiaryForm form) {
        Set<ConstraintViolation<BeneficiaryForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private Site siteInScope(BeneficiaryForm form, Scope scope) {
        return sites.byCode(form.getSiteCode())
                .filter(scope::includes)
                .filter(Site::isActive)
                .orElseThrow(() -> InvalidInput.of("siteCode", "beneficiary.error.site"));
    }

    /** The rules Bean Validation cannot check alone, all at once so every field shows its message. */
    private Map<String, String> checkRules(BeneficiaryForm form, Site site, Long selfId) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = site.today(clock);
        if (form.getBirthDate().isAfter(today)) {
            problems.put("birthDate", "beneficiary.error.birthInFuture");
        } else if (AgeBand.age(form.getBirthDate(), today) < Beneficiary.MINIMUM_AGE) {
            problems.put("birthDate", "beneficiary.error.tooYoung");
        } else if (AgeBand.age(form.getBirthDate(), today) > Beneficiary.MAXIMUM_AGE) {
            problems.put("birthDate", "beneficiary.error.tooOld");
        }
        if (form.getConsentDate() != null && form.getConsentDate().isAfter(today)) {
            problems.put("consentDate", "beneficiary.error.consentInFuture");
        }
        if (form.getLanguage() != null && !Beneficiary.LANGUAGES.contains(form.getLanguage())) {
            problems.put("language", "beneficiary.error.language");
        }
        if (form.getPhone() != null && PhoneNumbers.normalise(form.getPhone(), site.getCountryCode()).isEmpty()) {
            problems.put("phone", "beneficiary.error.phone");
        }
        if (form.getDocumentType() != DocumentType.NONE) {
            java.util.Optional<String> shape = org.masar.beneficiary.domain.DocumentNumbers.misshapen(
                    form.getDocumentType(), form.getNationality(), form.getResidenceCountry(), form.getDocumentNumber());
            if (form.getDocumentNumber() == null) {
                problems.put("documentNumber", "beneficiary.error.documentNumberRequired");
            } else if (shape.isPresent()) {
                problems.put("documentNumber", shape.get());
            } else if (!em.createQuery("select b.id from Beneficiary b where b.documentType = :type"
                            + " and b.documentNumber = :number", Long.class)
                    .setParameter("type", form.getDocumentType())
                    .setParameter("number", form.getDocumentNumber())
                    .getResultList().stream().allMatch(id -> id.equals(selfId))) {
                problems.put("documentNumber", "beneficiary.error.documentTaken");
            }
        }
        return problems;
    }

    private Beneficiary.Details details(BeneficiaryForm f, Site site) {
        return new Beneficiary.Details(f.getFirstName(), f.getLastName(), f.getArabicName(), f.getSex(),
                f.getBirthDate(), f.getNationality(), f.getResidenceCountry(),
                PhoneNumbers.normalise(f.getPhone(), site.getCountryCode()).orElse(null), f.getEmail(),
                f.getDocumentType(), f.getDocumentNumber(), f.getEducationLevel(), f.getEmploymentStatus(),
                f.isDisability(), f.getGroups());
    }

    /** Each field whose value the edit changes, with its value before and after, as text. */
    private static List<PersonEdited.FieldChange> changes(Beneficiary.Details before, Beneficiary.Details after,
                                                          Site oldSite, Site newSite) {
        List<PersonEdited.FieldChange> changes = new ArrayList<>();
        for (var component : Beneficiary.Details.class.getRecordComponents()) {
            try {
                Object was = component.getAccessor().invoke(before);
                Object is = component.getAccessor().invoke(after);
                if (!Objects.equals(was, is)) {
                    changes.add(new PersonEdited.FieldChange(component.getName(), text(was), text(is)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!oldSite.getId().equals(newSite.getId())) {
            changes.add(new PersonEdited.FieldChange("siteCode", oldSite.getCode(), newSite.getCode()));
        }
        return changes;
    }

    private static String text(Object value) {
        if (value instanceof java.util.Collection<?> many) {
            return many.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        return value == null ? null : value.toString();
    }

    /** Codes read like TN-SFX-000123: country, governorate or region, then a number per prefix. */
    private String nextCode(Site site) {
        String[] path = site.getPath().split("/");
        String prefix = path.length > 2 ? site.getCountryCode() + "-" + path[2] : site.getCountryCode();
        em.createNativeQuery("INSERT IGNORE INTO code_sequence (prefix, next_value) VALUES (?1, 1)")
                .setParameter(1, prefix).executeUpdate();
        Number next = (Number) em.createNativeQuery("SELECT next_value FROM code_sequence WHERE prefix = ?1 FOR UPDATE")
                .setParameter(1, prefix).getSingleResult();
        em.createNativeQuery("UPDATE code_sequence SET next_value = next_value + 1 WHERE prefix = ?1")
                .setParameter(1, prefix).executeUpdate();
        return String.format("%s-%06d", prefix, next.longValue());
    }

}
