package org.masar.pipeline.service;

import java.time.LocalDate;

/**
 * What enrolling asks for: who, into which pipeline, in which cohort, followed by whom, from when;
 * and, from a manager, why to enrol outside the programme's period (none most of the time).
 */
public record EnrolForm(String beneficiaryCode, Long pipelineId, String cohort, String caseWorker, LocalDate startDate,
                        String overrideReason) {

    public EnrolForm(String beneficiaryCode, Long pipelineId, String cohort, String caseWorker, LocalDate startDate) {
        this(beneficiaryCode, pipelineId, cohort, caseWorker, startDate, null);
    }
}
