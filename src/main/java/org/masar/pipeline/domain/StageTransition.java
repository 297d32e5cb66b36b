package org.masar.pipeline.domain;

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
import java.time.LocalDateTime;

/**
 * One line of an enrolment's history: from, to, who, when and why. Written once by the
 * enrolment's verbs; every column is insert-only, so nothing the application does can change it.
 */
@Entity
@Table(name = "stage_transition")
public class StageTransition {

    public static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", updatable = false)
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private MoveAction action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_stage_id", updatable = false)
    private Stage fromStage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_stage_id", updatable = false)
    private Stage toStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false, length = 16)
    private EnrolmentStatus statusAfter;

    @Column(nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "by_user", nullable = false, updatable = false, length = 64)
    private String byUser;

    @Column(updatable = false, length = NOTE_MAX)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", updatable = false, length = 16)
    private DropReason reasonCode;

    /** Names (English) of the entry criteria ticked for this move, as they read at the time. */
    @Column(updatable = false, length = 400)
    private String criteria;

    @Column(name = "override_reason", updatable = false, length = NOTE_MAX)
    private String overrideReason;

    protected StageTransition() {
    }

    StageTransition(Enrolment enrolment, MoveAction action, Stage from, Stage to, EnrolmentStatus statusAfter,
                    Actor actor, String note, DropReason reasonCode, String criteria, String overrideReason) {
        this.enrolment = enrolment;
        this.action = action;
        this.fromStage = from;
        this.toStage = to;
        this.statusAfter = statusAfter;
        this.at = actor.at();
        this.byUser = actor.username();
        this.note = cut(note, NOTE_MAX);
        this.reasonCode = reasonCode;
        this.criteria = cut(criteria, 400);
        this.overrideReason = cut(overrideReason, NOTE_MAX);
    }

    /** Blank is no text. Lengths are checked by the verbs; criteria names are cut to fit, being a record of what was ticked. */
    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public MoveAction getAction() {
        return action;
    }

    public Stage getFromStage() {
        return fromStage;
    }

    public Stage getToStage() {
        return toStage;
    }

    public EnrolmentStatus getStatusAfter() {
        return statusAfter;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getByUser() {
        return byUser;
    }

    public String getNote() {
        return note;
    }

    public DropReason getReasonCode() {
        return reasonCode;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }
}
