package org.masar.pipeline.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.site.domain.Site;

/** An enrolment as its sheet shows it: the journey, the person's columns, the programme and the case worker's name. */
public record EnrolmentLine(long id, String code, String lastName, String firstName, Sex sex, LocalDate birthDate,
                            Site site, String programmeCode, PipelineType pipelineType, String cohort, Stage stage,
                            EnrolmentStatus status, DropReason dropReason, LocalDate startDate, LocalDateTime stageSince,
                            String caseWorker) {

    /** The line of an enrolment loaded with its person, site, pipeline, programme, stage and case worker. */
    public static EnrolmentLine of(Enrolment e) {
        var b = e.getBeneficiary();
        return new EnrolmentLine(e.getId(), b.getCode(), b.getLastName(), b.getFirstName(), b.getSex(), b.getBirthDate(),
                b.getSite(), e.getPipeline().getProgramme().getCode(), e.getPipeline().getType(), e.getCohort(),
                e.getCurrentStage(), e.getStatus(), e.getDropReason(), e.getStartDate(), e.getStageSince(),
                e.getCaseWorker() == null ? null : e.getCaseWorker().getFullName());
    }

    /** Today's date at the person's site. */
    public LocalDate today(java.time.Clock clock) {
        return site.today(clock);
    }
}
