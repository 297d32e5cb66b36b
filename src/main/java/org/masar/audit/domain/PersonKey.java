package org.masar.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The key that seals a person's values in the audit trail; erasure deletes it. */
@Entity
@Table(name = "person_key")
public class PersonKey {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, updatable = false, length = 32)
    private byte[] secret;

    protected PersonKey() {
    }

    public PersonKey(long personId, byte[] secret) {
        this.personId = personId;
        this.secret = secret.clone();
    }

    public Long getPersonId() {
        return personId;
    }

    public byte[] getSecret() {
        return secret.clone();
    }
}
