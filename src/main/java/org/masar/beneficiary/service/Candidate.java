package org.masar.beneficiary.service;

import java.time.LocalDate;

/** A registered person who may be the one being registered, and why Masar thinks so. */
public record Candidate(String code, String firstName, String lastName, String arabicName, LocalDate birthDate,
                        org.masar.shared.domain.Names siteNames, String phone, String documentNumber, Reason reason) {

    public enum Reason { DOCUMENT, PHONE, NAME_AND_BIRTH_DATE }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getArabicName() {
        return arabicName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** The person's site in the reader's language. */
    public String siteName(java.util.Locale locale) {
        return siteNames.in(locale);
    }

    public String getPhone() {
        return phone;
    }

    public Reason getReason() {
        return reason;
    }
}
