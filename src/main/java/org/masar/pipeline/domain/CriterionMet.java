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
 * history line: written with it, never changed.
 */
@Embeddable
public class CriterionMet {

    /** Ticked by the person moving, or overridden by a manager with the move's written reason. */
    public enum How {
        TICKED, OVERRIDDEN
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", updatable = false)
    private Criterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 16)
    private How how;

    protected CriterionMet() {
    }

    /** A criterion a move met; also how an export reads one back from its row. */
    public CriterionMet(Criterion criterion, How how) {
        this.criterion = criterion;
        this.how = how;
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
}
