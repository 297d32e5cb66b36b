package org.masar.beneficiary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One name-search word of a person, with what a list needs to scope and sort the people it finds
 * without reading their rows: site, whether they take part, last and first name (V14). Written by
 * {@link Beneficiary} whenever one of them changes; read through {@link NameToken}.
 */
@Embeddable
public class NameWord {

    @Column(name = "token", nullable = false, length = 80)
    private String token;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "taking_part", nullable = false)
    private boolean takingPart;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    protected NameWord() {
    }

    NameWord(String token, Long siteId, boolean takingPart, String lastName, String firstName) {
        this.token = token;
        this.siteId = siteId;
        this.takingPart = takingPart;
        this.lastName = lastName;
        this.firstName = firstName;
    }

    public String getToken() {
        return token;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameWord w && token.equals(w.token) && Objects.equals(siteId, w.siteId) && takingPart == w.takingPart
                && lastName.equals(w.lastName) && firstName.equals(w.firstName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, siteId, takingPart, lastName, firstName);
    }
}
