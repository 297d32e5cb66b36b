package org.masar.internship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A host's tutor: who follows interns there, in which role, how to write to them, the languages they speak (ISO codes). */
@Embeddable
public class Tutor {

    public static final int NAME_MAX = 120;
    public static final int ROLE_MAX = 120;
    public static final int EMAIL_MAX = 160;
    public static final int LANGUAGES_MAX = 60;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "role", length = ROLE_MAX)
    private String role;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    /** Two-letter codes, comma-separated ("it,fr"). */
    @Column(name = "languages", length = LANGUAGES_MAX)
    private String languages;

    protected Tutor() {
    }

    public Tutor(String name, String role, String email, List<String> languages) {
        this.name = name;
        this.role = role;
        this.email = email;
        this.languages = languages == null || languages.isEmpty() ? null : String.join(",", languages);
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public List<String> getLanguages() {
        return languages == null ? List.of() : Arrays.asList(languages.split(","));
    }

    /** The languages as a page shows them: "it, fr". */
    public String getLanguageCodes() {
        return languages == null ? "" : languages.replace(",", ", ");
    }
}
