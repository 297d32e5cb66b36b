package org.masar.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.InvalidInput;

/** What a case worker writes about a person. Its author may correct it for a short while; then it is frozen. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    public static final int TEXT_MAX = 4000;
    public static final Duration EDITABLE_FOR = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Changes only when the person's record is merged into another ({@link #transferTo}). */
    @Column(name = "beneficiary_id", nullable = false)
    private Long beneficiaryId;

    @Column(name = "enrolment_id", updatable = false)
    private Long enrolmentId;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Version
    private int version;

    protected CaseNote() {
    }

    public CaseNote(long beneficiaryId, Long enrolmentId, String author, LocalDateTime at, String text) {
        this.beneficiaryId = beneficiaryId;
        this.enrolmentId = enrolmentId;
        this.author = author;
        this.at = at;
        this.text = checked(text);
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("noteText", "note.error.empty");
        }
        if (text.trim().length() > TEXT_MAX) {
            throw InvalidInput.of("noteText", "note.error.tooLong");
        }
        return text.trim();
    }

    public boolean editableBy(String username, LocalDateTime now) {
        return author.equals(username) && now.isBefore(at.plus(EDITABLE_FOR));
    }

    public void correct(String newText, String username, LocalDateTime now) {
        if (!author.equals(username)) {
            throw new BusinessException("note.error.notAuthor");
        }
        if (!editableBy(username, now)) {
            throw new BusinessException("note.error.frozen");
        }
        this.text = checked(newText);
        this.editedAt = now;
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

    public String getAuthor() {
        return author;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    public String getText() {
        return text;
    }

    public int getVersion() {
        return version;
    }

    /** The person's record was merged into {@code survivorId}: the note follows it, as written. */
    public void transferTo(long survivorId) {
        beneficiaryId = survivorId;
    }
}
