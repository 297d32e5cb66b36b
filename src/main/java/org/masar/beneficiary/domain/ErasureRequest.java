package org.masar.beneficiary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.masar.shared.domain.BusinessException;

/**
 * A request to erase a person's record: asked by one user, decided by another (a manager). Holds
 * who and when, never what is erased.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public enum Status { REQUESTED, ERASED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false)
    private Long beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private int version;

    protected ErasureRequest() {
    }

    public ErasureRequest(long beneficiaryId, String requestedBy, LocalDateTime at) {
        this.beneficiaryId = beneficiaryId;
        this.status = Status.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    /** The decision of a second person: the one who asked may not decide. */
    public void decide(boolean erase, String by, LocalDateTime at) {
        if (status != Status.REQUESTED) {
            throw new BusinessException("erasure.error.decided");
        }
        if (by.equals(requestedBy)) {
            throw new BusinessException("erasure.error.samePerson");
        }
        status = erase ? Status.ERASED : Status.REFUSED;
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public int getVersion() {
        return version;
    }
}
