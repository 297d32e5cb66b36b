package org.masar.beneficiary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Read view of the name-search words (never persisted through this class; {@link Beneficiary} writes them as
 * {@link NameWord}s), so that a name search is one index range on (token, site, taking part, last name, first name,
 * person) without touching the beneficiary table.
 */
@Entity
@Table(name = "beneficiary_name_token")
@IdClass(NameToken.Key.class)
public class NameToken {

    @Id
    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    @Id
    private String token;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "taking_part")
    private boolean takingPart;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    protected NameToken() {
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getToken() {
        return token;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long beneficiaryId;
        private String token;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(beneficiaryId, k.beneficiaryId) && Objects.equals(token, k.token);
        }

        @Override
        public int hashCode() {
            return Objects.hash(beneficiaryId, token);
        }
    }
}
