package org.masar.internship.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.masar.shared.domain.InvalidInput;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.domain.Tutor;

/** The host form's fields as typed, tutors one row each; {@link #details} hands them to the service, which checks them. */
public class HostFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A tutor's row: languages typed as codes separated by commas or spaces. */
    public static class TutorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String role;
        private String email;
        private String languages;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }
    }

    private String name;
    private String country = "IT";
    private String city;
    private HostSector sector;
    private HostSize size;
    private String address;
    private String contactPerson;
    private String phone;
    private String email;
    private String registrationNumber;
    private String notes;
    private boolean active = true;
    private Integer capacity = Host.DEFAULT_CAPACITY;
    private final List<TutorRow> tutors = new ArrayList<>();

    /** The fields of a host as it is. */
    static HostFields of(Host h) {
        HostFields f = new HostFields();
        f.name = h.getName();
        f.country = h.getCountry();
        f.city = h.getCity();
        f.sector = h.getSector();
        f.size = h.getSize();
        f.address = h.getAddress();
        f.contactPerson = h.getContactPerson();
        f.phone = h.getPhone();
        f.email = h.getEmail();
        f.registrationNumber = h.getRegistrationNumber();
        f.notes = h.getNotes();
        f.active = h.isActive();
        f.capacity = h.getCapacity();
        for (Tutor t : h.getTutors()) {
            TutorRow r = new TutorRow();
            r.name = t.getName();
            r.role = t.getRole();
            r.email = t.getEmail();
            r.languages = String.join(", ", t.getLanguages());
            f.tutors.add(r);
        }
        return f;
    }

    Host.Details details() {
        return new Host.Details(name, country, city, sector, size, address, contactPerson, phone, email, registrationNumber,
                notes, active, tutors.stream().map(r -> new Host.TutorLine(r.name, r.role, r.email, r.languages == null
                        || r.languages.isBlank() ? List.of() : Arrays.asList(r.languages.trim().split("[,;\\s]+")))).toList(),
                capacity);
    }

    public void addTutor() {
        tutors.add(new TutorRow());
    }

    public void removeTutor(TutorRow row) {
        tutors.remove(row);
    }

    public List<TutorRow> getTutors() {
        return tutors;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public HostSector getSector() {
        return sector;
    }

    public void setSector(HostSector sector) {
        this.sector = sector;
    }

    public HostSize getSize() {
        return size;
    }

    public void setSize(HostSize size) {
        this.size = size;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** How many interns the host takes at once; left empty, the host keeps the number it has. */
    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    /** The service's fields ({@code tutors[1].email}) as the form's components ({@code tutors:1:tutorEmail}). */
    static InvalidInput onTheForm(InvalidInput invalid) {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        Map<String, Object[]> arguments = new java.util.LinkedHashMap<>();
        invalid.fieldKeys().forEach((field, key) -> {
            String component = field;
            if (field.startsWith("tutors[")) {
                int close = field.indexOf(']');
                component = "tutors:" + field.substring("tutors[".length(), close) + ":tutor" + capital(field.substring(close + 2));
            }
            keys.put(component, key);
            arguments.put(component, invalid.arguments(field));
        });
        return new InvalidInput(keys, arguments);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
