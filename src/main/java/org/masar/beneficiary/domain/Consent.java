package org.masar.beneficiary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Consent to one purpose, from a date; withdrawal closes it and keeps it. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Consent() {
    }

    Consent(Beneficiary beneficiary, ConsentPurpose purpose, LocalDate givenOn, String recordedBy) {
        this.beneficiary = beneficiary;
        this.purpose = purpose;
        this.givenOn = givenOn;
        this.recordedBy = recordedBy;
    }

    void withdraw(LocalDate on) {
        withdrawnOn = on;
    }

    void moveTo(Beneficiary survivor) {
        beneficiary = survivor;
    }

    public boolean isActive() {
        return withdrawnOn == null;
    }

    public Long getId() {
        return id;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
