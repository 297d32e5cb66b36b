package org.masar.pipeline.service;

import java.time.LocalDate;

/** What enrolling asks for: who, into which pipeline, in which cohort, followed by whom, from when. */
public record EnrolForm(String beneficiaryCode, Long pipelineId, String cohort, String caseWorker, LocalDate startDate) {
}
