package org.masar.internship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A change to the learning agreement during the internship: when, what, who agreed to it, and who recorded it. */
@Embeddable
public class AgreementChange {

    public static final int DESCRIPTION_MAX = 1000;
    public static final int AGREED_MAX = 200;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "agreed_by", nullable = false, length = AGREED_MAX)
    private String agreedBy;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected AgreementChange() {
    }

    AgreementChange(LocalDate changedOn, String description, String agreedBy, String recordedBy) {
        this.changedOn = changedOn;
        this.description = description;
        this.agreedBy = agreedBy;
        this.recordedBy = recordedBy;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getDescription() {
        return description;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
