package org.masar.pipeline.service;

import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.EnrolmentStatus;

/**
 * What enrolment lists, boards, funnels and exports filter on. Null means "any". {@code stuck}
 * keeps the active enrolments that stayed in their stage longer than it expects.
 */
public record EnrolmentFilter(Long pipelineId, Long stageId, EnrolmentStatus status, String siteCode, String cohort,
                              Long caseWorkerId, Sex sex, AgeBand ageBand, boolean stuck, String beneficiaryCode) {

    public static EnrolmentFilter ofPipeline(long pipelineId) {
        return new EnrolmentFilter(pipelineId, null, null, null, null, null, null, null, false, null);
    }

    public EnrolmentFilter withStage(Long stage, EnrolmentStatus withStatus) {
        return new EnrolmentFilter(pipelineId, stage, withStatus, siteCode, cohort, caseWorkerId, sex, ageBand, stuck,
                beneficiaryCode);
    }

    public EnrolmentFilter withCaseWorker(Long id, EnrolmentStatus withStatus, boolean onlyStuck) {
        return new EnrolmentFilter(pipelineId, stageId, withStatus, siteCode, cohort, id, sex, ageBand, onlyStuck,
                beneficiaryCode);
    }
}
