package org.masar.pipeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One entry criterion a move checked, by identity, and how it was met. Part of the move's
 * history line: written with it, never changed. A criterion bound to evidence keeps the evidence
 * as it stood at the move: the record and the summary, as a message key and its arguments.
 */
@Embeddable
public class CriterionMet {

    /**
     * Ticked by the person moving, met by the EVIDENCE of a record, or overridden by a manager
     * with the move's written reason.
     */
    public enum How {
        TICKED, EVIDENCE, OVERRIDDEN
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", updatable = false)
    private Criterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private How how;

    @Column(name = "evidence_kind", updatable = false, length = Evidence.KIND_MAX)
    private String evidenceKind;

    @Column(name = "evidence_id", updatable = false)
    private Long evidenceId;

    @Column(name = "evidence_summary", updatable = false, length = Evidence.KEY_MAX)
    private String evidenceSummary;

    @Column(name = "evidence_arguments", updatable = false, length = Evidence.ARGUMENTS_MAX)
    private String evidenceArguments;

    protected CriterionMet() {
    }

    /** A criterion a move met; also how an export reads one back from its row. */
    public CriterionMet(Criterion criterion, How how) {
        this(criterion, how, null);
    }

    /** A criterion a move met, with the evidence that met it (or that fell short, when overridden), if any. */
    public CriterionMet(Criterion criterion, How how, Evidence evidence) {
        this.criterion = criterion;
        this.how = how;
        if (evidence != null) {
            evidenceKind = evidence.recordKind();
            evidenceId = evidence.recordId();
            evidenceSummary = evidence.summaryKey();
            evidenceArguments = evidence.storedArguments();
        }
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public How getHow() {
        return how;
    }

    public boolean isOverridden() {
        return how == How.OVERRIDDEN;
    }

    /** The criterion's name in the reader's language, with the evidence's summary when it has one. */
    public String in(java.util.Locale locale) {
        return named(criterion, getEvidence(), locale);
    }

    /** A criterion's name, and what its evidence says in brackets when there is any. */
    public static String named(Criterion criterion, Evidence evidence, java.util.Locale locale) {
        String name = criterion.getNames().in(locale);
        return evidence == null ? name : name + " (" + evidence.in(locale) + ")";
    }

    /** The evidence as the move found it; null for a criterion ticked by hand. */
    public Evidence getEvidence() {
        return evidenceSummary == null ? null
                : Evidence.stored(how == How.EVIDENCE, evidenceSummary, evidenceArguments, evidenceKind, evidenceId);
    }
}
