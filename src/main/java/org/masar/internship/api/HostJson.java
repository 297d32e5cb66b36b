package org.masar.internship.api;

import java.util.List;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.domain.Tutor;
import org.masar.shared.domain.FieldValues;

/**
 * A host organisation over HTTP. A change quotes its {@code version}; {@code duplicateReason} says
 * why it is recorded although other hosts have its name or number (asked for by a 409).
 */
public record HostJson(Long id, String name, String country, String city, String sector, String size, String address,
                       String contactPerson, String phone, String email, String registrationNumber, String notes,
                       Boolean active, List<TutorJson> tutors, String duplicateReason, Integer version) {

    /** A tutor: name, role, e-mail, languages as two-letter codes. */
    public record TutorJson(String name, String role, String email, List<String> languages) {
    }

    static HostJson of(Host h) {
        return new HostJson(h.getId(), h.getName(), h.getCountry(), h.getCity(), h.getSector().name(), h.getSize().name(),
                h.getAddress(), h.getContactPerson(), h.getPhone(), h.getEmail(), h.getRegistrationNumber(), h.getNotes(),
                h.isActive(), h.getTutors().stream().map(HostJson::tutor).toList(), null, h.getVersion());
    }

    private static TutorJson tutor(Tutor t) {
        return new TutorJson(t.getName(), t.getRole(), t.getEmail(), t.getLanguages());
    }

    /** The body as details, active as {@code activeWhenMissing} when the body does not say; sector and size (in any case) refused on their fields when unknown. */
    Host.Details toDetails(boolean activeWhenMissing) {
        FieldValues read = new FieldValues();
        HostSector s = read.constant(HostSector.class, "sector", sector);
        HostSize z = read.constant(HostSize.class, "size", size);
        read.check();
        return new Host.Details(name, country, city, s, z, address, contactPerson, phone, email, registrationNumber, notes,
                active == null ? activeWhenMissing : active, tutors == null ? List.of() : tutors.stream().map(t -> t == null ? null
                        : new Host.TutorLine(t.name(), t.role(), t.email(), t.languages())).toList());
    }
}
