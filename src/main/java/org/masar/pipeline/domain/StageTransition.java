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
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /**
     * The English names of the criteria ticked, as moves made before criteria were kept by
     * identity wrote them; read only, to show those that no criterion matches any more.
     */
    @Column(name = "criteria", insertable = false, updatable = false, length = 400)
    private String legacyCriteria;

    /** The entry criteria of the stage entered that this move met, and how. */
    // No batch fetch: EclipseLink 4.0.7 registered the criteria a batch read as objects of their own, and
    // the next flush failed comparing them (a NullPointerException on CriterionMet.how): a person's
    // timeline read the moves, then the next source's query flushed. One query per move read instead;
    // the export, which reads many, reads the criteria in one statement of its own (ExportRows).
    @ElementCollection
    @CollectionTable(name = "stage_transition_criterion", joinColumns = @JoinColumn(name = "transition_id"))
    private List<CriterionMet> criteria = new ArrayList<>();

    @Column(name = "override_reason", updatable = false, length = NOTE_MAX)
    private String overrideReason;

    protected StageTransition() {
    }

    StageTransition(Enrolment enrolment, MoveAction action, Stage from, Stage to, EnrolmentStatus statusAfter,
                    Actor actor, String note, DropReason reasonCode, Collection<CriterionMet> criteria,
                    String overrideReason) {
        this.enrolment = enrolment;
        this.action = action;
        this.fromStage = from;
        this.toStage = to;
        this.statusAfter = statusAfter;
        this.at = actor.at();
        this.byUser = actor.username();
        this.note = cut(note, NOTE_MAX);
        this.reasonCode = reasonCode;
        this.criteria.addAll(criteria);
        this.overrideReason = cut(overrideReason, NOTE_MAX);
    }

    /** Blank is no text. Lengths are checked by the verbs. */
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

    /** Every criterion the move checked: the ticked and those met by evidence, then the overridden, each in checklist order. */
    public List<CriterionMet> getCriteria() {
        return inChecklistOrder(criteria);
    }

    /** Criteria a move met, as {@link #getCriteria} orders them. */
    public static List<CriterionMet> inChecklistOrder(java.util.Collection<CriterionMet> criteria) {
        return criteria.stream().sorted(java.util.Comparator.comparing(CriterionMet::isOverridden)
                .thenComparing(c -> c.getCriterion().getPosition())).toList();
    }

    /**
     * The criteria ticked, in the reader's language, as one text (empty when none). A move made
     * before criteria were kept by identity adds, in English, any name it kept that matches no
     * criterion any more.
     */
    public String tickedNames(java.util.Locale locale) {
        return tickedNames(criteria, legacyCriteria, locale);
    }

    /** {@link #tickedNames} of a move read as a line: the criteria it met and the names it kept before. */
    public static String tickedNames(java.util.Collection<CriterionMet> criteria, String legacyCriteria,
                                     java.util.Locale locale) {
        String names = names(criteria, locale, CriterionMet.How.TICKED);
        if (legacyCriteria == null) {
            return names;
        }
        java.util.Set<String> matched = new java.util.HashSet<>();
        criteria.forEach(c -> matched.add(c.getCriterion().getNames().getEn()));
        String unmatched = java.util.Arrays.stream(legacyCriteria.split("; ")).filter(n -> !matched.contains(n))
                .collect(java.util.stream.Collectors.joining("; "));
        return names.isEmpty() ? unmatched : unmatched.isEmpty() ? names : names + "; " + unmatched;
    }

    /** The criteria met by evidence, each with the evidence's summary as the move kept it, in the reader's language. */
    public String evidenceNames(java.util.Locale locale) {
        return evidenceNames(criteria, locale);
    }

    /** {@link #evidenceNames} of a move read as a line. */
    public static String evidenceNames(java.util.Collection<CriterionMet> criteria, java.util.Locale locale) {
        return names(criteria, locale, CriterionMet.How.EVIDENCE);
    }

    /**
     * The criteria a manager overrode, in the reader's language (empty when none); one bound to
     * evidence says what the records said then.
     */
    public String overriddenNames(java.util.Locale locale) {
        return overriddenNames(criteria, locale);
    }

    /** {@link #overriddenNames} of a move read as a line. */
    public static String overriddenNames(java.util.Collection<CriterionMet> criteria, java.util.Locale locale) {
        return names(criteria, locale, CriterionMet.How.OVERRIDDEN);
    }

    private static String names(java.util.Collection<CriterionMet> criteria, java.util.Locale locale, CriterionMet.How how) {
        return inChecklistOrder(criteria).stream().filter(c -> c.getHow() == how)
                .map(c -> c.in(locale)).collect(java.util.stream.Collectors.joining("; "));
    }

    /** The names the move kept before criteria were kept by identity ({@link #tickedNames}); null for later moves. */
    public String getLegacyCriteria() {
        return legacyCriteria;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }

    /**
     * Whether this line opened the enrolment outside the programme's period, on a manager's
     * reason: an enrolment checks no criteria, so its override can only be that one.
     */
    public boolean isPeriodOverridden() {
        return action == MoveAction.ENROL && overrideReason != null;
    }
}
