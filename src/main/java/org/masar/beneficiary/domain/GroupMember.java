package org.masar.beneficiary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Read view of a person's groups (never persisted through this class; {@link Beneficiary} writes
 * them), so that a group filter reads the (grp, beneficiary_id) index alone, with no second pass
 * over the people.
 */
@Entity
@Table(name = "beneficiary_group")
@IdClass(GroupMember.Key.class)
public class GroupMember {

    @Id
    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "grp")
    private BeneficiaryGroup grp;

    protected GroupMember() {
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public BeneficiaryGroup getGrp() {
        return grp;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long beneficiaryId;
        private BeneficiaryGroup grp;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(beneficiaryId, k.beneficiaryId) && grp == k.grp;
        }

        @Override
        public int hashCode() {
            return Objects.hash(beneficiaryId, grp);
        }
    }
}
