package org.masar.beneficiary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of a beneficiary's timeline and audit trail. Written once, never changed. */
@Entity
@Table(name = "beneficiary_event")
public class BeneficiaryEvent {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private Long beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventKind kind;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "by_user", nullable = false, updatable = false)
    private String byUser;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected BeneficiaryEvent() {
    }

    public BeneficiaryEvent(long beneficiaryId, EventKind kind, LocalDateTime at, String byUser, String detail) {
        this.beneficiaryId = beneficiaryId;
        this.kind = kind;
        this.at = at;
        this.byUser = byUser;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getByUser() {
        return byUser;
    }

    public String getDetail() {
        return detail;
    }
}
