package org.masar.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.masar.security.domain.AppUser;
import org.masar.shared.domain.InvalidInput;

/** Something to do about a person by a date, by someone: call back, visit, collect a document. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Changes only when the person's record is merged into another ({@link #transferTo}). */
    @Column(name = "beneficiary_id", nullable = false)
    private Long beneficiaryId;

    @Column(name = "enrolment_id", updatable = false)
    private Long enrolmentId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id")
    private AppUser assignee;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Version
    private int version;

    protected FollowUp() {
    }

    public FollowUp(long beneficiaryId, Long enrolmentId, String title, LocalDate dueDate, AppUser assignee,
                    String createdBy, LocalDateTime createdAt) {
        if (title == null || title.isBlank()) {
            throw InvalidInput.of("followUpTitle", "followUp.error.title");
        }
        if (title.trim().length() > TITLE_MAX) {
            throw InvalidInput.of("followUpTitle", "followUp.error.titleTooLong");
        }
        if (dueDate == null) {
            throw InvalidInput.of("followUpDue", "followUp.error.due");
        }
        this.beneficiaryId = beneficiaryId;
        this.enrolmentId = enrolmentId;
        this.title = title.trim();
        this.dueDate = dueDate;
        this.assignee = assignee;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Marks it done; false when it already was. */
    public boolean markDone(String by, LocalDateTime at) {
        if (doneAt != null) {
            return false;
        }
        doneAt = at;
        doneBy = by;
        return true;
    }

    /** Opens it again; false when it was not done. */
    public boolean markUndone() {
        if (doneAt == null) {
            return false;
        }
        doneAt = null;
        doneBy = null;
        return true;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public AppUser getAssignee() {
        return assignee;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public int getVersion() {
        return version;
    }

    /** The person's record was merged into {@code survivorId}: the follow-up follows it, as written. */
    public void transferTo(long survivorId) {
        beneficiaryId = survivorId;
    }
}
