package org.masar.pipeline.service;

import java.time.LocalDateTime;
import java.util.List;
import org.masar.pipeline.domain.CriterionMet;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.MoveAction;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;

/** A line of an enrolment's history as the moves sheet shows it, beside its enrolment's number and person. */
public record MoveLine(long enrolmentId, String code, LocalDateTime at, MoveAction action, Stage from, Stage to,
                       EnrolmentStatus statusAfter, String byUser, DropReason reasonCode, String note,
                       List<CriterionMet> criteria, String legacyCriteria, String overrideReason) {

    /** The line of a history line loaded with its enrolment, person and stages. */
    public static MoveLine of(StageTransition t) {
        return new MoveLine(t.getEnrolment().getId(), t.getEnrolment().getBeneficiary().getCode(), t.getAt(),
                t.getAction(), t.getFromStage(), t.getToStage(), t.getStatusAfter(), t.getByUser(), t.getReasonCode(),
                t.getNote(), t.getCriteria(), t.getLegacyCriteria(), t.getOverrideReason());
    }

    public String tickedNames(java.util.Locale locale) {
        return StageTransition.tickedNames(criteria, legacyCriteria, locale);
    }

    public String evidenceNames(java.util.Locale locale) {
        return StageTransition.evidenceNames(criteria, locale);
    }

    public String overriddenNames(java.util.Locale locale) {
        return StageTransition.overriddenNames(criteria, locale);
    }
}
