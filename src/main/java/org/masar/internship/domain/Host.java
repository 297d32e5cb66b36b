package org.masar.internship.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.masar.beneficiary.domain.PhoneNumbers;
import org.masar.shared.domain.InvalidInput;

/**
 * A host organisation of internships: a company (or public body) in one city, its contact person
 * and tutors. Hosts are not personal data of the people Masar follows; their contacts are work
 * contacts. Its name's key ({@link HostNames#key}) and its registration number's key find likely
 * duplicates; the check is advisory (no unique key: two hosts may share a name, with a reason), so
 * two users recording the same new host at the same moment could both pass it. Hosts are not in
 * the audit trail, which follows the people Masar serves; who recorded one and when is kept here.
 */
@Entity
@Table(name = "host_organisation")
public class Host {

    public static final int NAME_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int DEFAULT_CAPACITY = 2;
    public static final int CAPACITY_MAX = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 120)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private HostSector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false, length = 16)
    private HostSize size;

    @Column(length = 300)
    private String address;

    @Column(name = "contact_person", length = 120)
    private String contactPerson;

    @Column(length = 20)
    private String phone;

    @Column(length = 160)
    private String email;

    @Column(name = "registration_number", length = 40)
    private String registrationNumber;

    @Column(name = "registration_key", length = 40)
    private String registrationKey;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    /** How many interns the host takes at once: matching leaves out a host whose places are taken. */
    @Column(nullable = false)
    private int capacity = DEFAULT_CAPACITY;

    /** Why it was recorded although other hosts had its name or number (the duplicate check's override). */
    @Column(name = "duplicate_reason", length = REASON_MAX)
    private String duplicateReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @CollectionTable(name = "host_tutor", joinColumns = @JoinColumn(name = "host_id"))
    @OrderColumn(name = "position")
    private List<Tutor> tutors = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected Host() {
    }

    /** A tutor as a form gives them. */
    public record TutorLine(String name, String role, String email, List<String> languages) {
    }

    /** What describes a host, as typed; {@link #problems} says what is wrong with it, per field. */
    public record Details(String name, String country, String city, HostSector sector, HostSize size, String address,
                          String contactPerson, String phone, String email, String registrationNumber, String notes,
                          boolean active, List<TutorLine> tutors, Integer capacity) {

        public Details {
            tutors = tutors == null ? List.of() : List.copyOf(tutors);
        }

        /** The details without a capacity: a host keeps the one it has (a new one takes {@value Host#DEFAULT_CAPACITY}). */
        public Details(String name, String country, String city, HostSector sector, HostSize size, String address,
                       String contactPerson, String phone, String email, String registrationNumber, String notes,
                       boolean active, List<TutorLine> tutors) {
            this(name, country, city, sector, size, address, contactPerson, phone, email, registrationNumber, notes,
                    active, tutors, null);
        }

        public Map<String, String> problems() {
            Map<String, String> p = new LinkedHashMap<>();
            if (blank(name) || name.trim().length() > NAME_MAX || HostNames.key(name).isEmpty()) {
                p.put("name", "internship.error.hostName");
            }
            if (country == null || !COUNTRY.matcher(country.trim().toUpperCase(Locale.ROOT)).matches()) {
                p.put("country", "validation.countryCode");
            }
            if (blank(city) || city.trim().length() > 120) {
                p.put("city", "internship.error.city");
            }
            if (sector == null) {
                p.put("sector", "internship.error.sector");
            }
            if (size == null) {
                p.put("size", "internship.error.size");
            }
            if (capacity != null && (capacity < 0 || capacity > CAPACITY_MAX)) {
                p.put("capacity", "internship.error.capacity");
            }
            if (!blank(phone) && PhoneNumbers.normalise(phone, upper(country)).isEmpty()) {
                p.put("phone", "beneficiary.error.phone");
            }
            if (!blank(email) && (!EMAIL.matcher(email.trim()).matches() || email.trim().length() > 160)) {
                p.put("email", "validation.email");
            }
            if (!blank(registrationNumber) && (registrationNumber.trim().length() > 40
                    || HostNames.numberKey(registrationNumber).isEmpty())) {
                p.put("registrationNumber", "internship.error.registrationNumber");
            }
            if (!blank(notes) && notes.length() > NOTES_MAX) {
                p.put("notes", "internship.error.notes");
            }
            if (!blank(address) && address.trim().length() > 300) {
                p.put("address", "internship.error.address");
            }
            if (!blank(contactPerson) && contactPerson.trim().length() > 120) {
                p.put("contactPerson", "internship.error.contactPerson");
            }
            for (int i = 0; i < tutors.size(); i++) {
                TutorLine t = tutors.get(i);
                String at = "tutors[" + i + "].";
                if (t == null || blank(t.name()) || t.name().trim().length() > Tutor.NAME_MAX) {
                    p.put(at + "name", "internship.error.tutorName");
                }
                if (t == null) {
                    continue;
                }
                if (!blank(t.role()) && t.role().trim().length() > Tutor.ROLE_MAX) {
                    p.put(at + "role", "internship.error.tutorRole");
                }
                if (!blank(t.email()) && (!EMAIL.matcher(t.email().trim()).matches() || t.email().trim().length() > Tutor.EMAIL_MAX)) {
                    p.put(at + "email", "validation.email");
                }
                if (t.languages() != null && (t.languages().stream()
                        .anyMatch(l -> l == null || !LANGUAGE.matcher(l.trim().toLowerCase(Locale.ROOT)).matches())
                        || t.languages().stream().distinct().count() * 3 - 1 > Tutor.LANGUAGES_MAX)) {
                    p.put(at + "languages", "internship.error.languages");
                }
            }
            return p;
        }
    }

    /** A new host from its details; refused per field when they are wrong. */
    public static Host record(Details details, String by, LocalDateTime at) {
        Host h = new Host();
        h.createdBy = by;
        h.createdAt = at;
        h.describe(details);
        return h;
    }

    /** Describes the host again; refused per field when the details are wrong, nothing changed. */
    public void describe(Details d) {
        Map<String, String> problems = d.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        name = d.name().trim();
        nameKey = HostNames.key(name);
        country = upper(d.country());
        city = d.city().trim();
        sector = d.sector();
        size = d.size();
        address = trimmed(d.address());
        contactPerson = trimmed(d.contactPerson());
        phone = blank(d.phone()) ? null : PhoneNumbers.normalise(d.phone(), country).orElseThrow();
        email = blank(d.email()) ? null : d.email().trim().toLowerCase(Locale.ROOT);
        registrationNumber = trimmed(d.registrationNumber());
        registrationKey = registrationNumber == null ? null : HostNames.numberKey(registrationNumber);
        notes = trimmed(d.notes());
        active = d.active();
        if (d.capacity() != null) {
            capacity = d.capacity();
        }
        tutors.clear();
        for (TutorLine t : d.tutors()) {
            tutors.add(new Tutor(t.name().trim(), trimmed(t.role()), blank(t.email()) ? null : t.email().trim().toLowerCase(Locale.ROOT),
                    t.languages() == null ? List.of() : t.languages().stream().map(l -> l.trim().toLowerCase(Locale.ROOT))
                            .distinct().toList()));
        }
    }

    /** Keeps why the host was recorded (or renamed) although others had its name or number. */
    public void recordedDespiteDuplicates(String reason) {
        if (reason.length() > REASON_MAX) {
            throw new org.masar.shared.domain.FieldRefused("duplicateReason", "internship.error.duplicateReasonLong", REASON_MAX);
        }
        duplicateReason = reason;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getDuplicateReason() {
        return duplicateReason;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getCountry() {
        return country;
    }

    public String getCity() {
        return city;
    }

    public HostSector getSector() {
        return sector;
    }

    public HostSize getSize() {
        return size;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getRegistrationKey() {
        return registrationKey;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isActive() {
        return active;
    }

    public List<Tutor> getTutors() {
        return List.copyOf(tutors);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
