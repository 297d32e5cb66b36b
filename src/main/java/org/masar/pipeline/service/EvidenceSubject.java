package org.masar.pipeline.service;

import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.PipelineType;

/** The enrolment as an {@link EvidenceSource} reads it: whose, in which programme and pipeline, at which site. */
public record EvidenceSubject(long enrolmentId, long personId, long programmeId, long pipelineId, PipelineType type,
                              long siteId) {

    static EvidenceSubject of(Enrolment e) {
        return new EvidenceSubject(e.getId(), e.getBeneficiary().getId(), e.getPipeline().getProgramme().getId(),
                e.getPipeline().getId(), e.getPipeline().getType(), e.getBeneficiary().getSite().getId());
    }
}
