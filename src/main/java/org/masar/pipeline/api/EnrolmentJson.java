package org.masar.pipeline.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.domain.StageTransition;

/**
 * An enrolment over HTTP, with its history, the version a move must quote, and the stages a move
 * forward may go to now with their entry criteria: those bound to evidence met or not by the records.
 */
public record EnrolmentJson(long id, String beneficiaryCode, long pipelineId, String programme, String type,
                            String cohort, String caseWorker, LocalDate startDate, String status, StageRef stage,
                            LocalDateTime stageSince, long daysInStage, boolean stuck, String dropReason, int version,
                            List<MoveJson> history, List<NextStageJson> next) {

    public record StageRef(long id, String code, String name) {
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    /**
     * A criterion the move checked: TICKED, met by EVIDENCE, or OVERRIDDEN by a manager with
     * {@code overrideReason}; {@code evidence}: what the records said at the move (the summary in
     * the caller's language, and the record), none for a criterion ticked by hand.
     */
    public record CriterionJson(long id, String name, String how, EvidenceJson evidence) {
    }

    /** What the records say of a criterion bound to evidence: met or not, why, and the record (kind and id) if any. */
    public record EvidenceJson(boolean met, String summary, String recordKind, Long recordId) {
        static EvidenceJson of(Evidence e, Locale locale) {
            return e == null ? null : new EvidenceJson(e.met(), e.in(locale), e.recordKind(), e.recordId());
        }
    }

    /** A stage a move forward may go to now, with its active entry criteria. */
    public record NextStageJson(long id, String code, String name, List<NextCriterionJson> criteria) {
    }

    /**
     * An entry criterion of a next stage: ticked by hand ({@code evidenceSource} and {@code evidence}
     * null), or met by the records of its source, as {@code evidence} says now.
     */
    public record NextCriterionJson(long id, String name, String evidenceSource, EvidenceJson evidence) {
    }

    public record MoveJson(long id, String action, StageRef from, StageRef to, String status, LocalDateTime at,
                           String by, String note, String reasonCode, List<CriterionJson> criteria,
                           String overrideReason) {
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    /*
     * JSON-B (Yasson) puts every object it writes into a HashSet, to catch cycles; a record's own
     * hashCode walks all of its components, here the whole history, line by line, twice per object
     * written. Equal records still hash alike (equals stays the record's own): the hash reads the id
     * (and the version) alone.
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(id) + version;
    }

    static EnrolmentJson of(Enrolment e, List<StageTransition> history, Map<Criterion, Evidence> evidence, Locale locale,
                            LocalDate today) {
        return new EnrolmentJson(e.getId(), e.getBeneficiary().getCode(), e.getPipeline().getId(),
                e.getPipeline().getProgramme().getCode(), e.getPipeline().getType().name(), e.getCohort(),
                e.getCaseWorker() == null ? null : e.getCaseWorker().getUsername(), e.getStartDate(), e.getStatus().name(),
                ref(e.getCurrentStage(), locale), e.getStageSince(), e.daysInStage(today), e.isStuck(today),
                e.getDropReason() == null ? null : e.getDropReason().name(), e.getVersion(),
                history.stream().map(t -> new MoveJson(t.getId(), t.getAction().name(),
                        t.getFromStage() == null ? null : ref(t.getFromStage(), locale), ref(t.getToStage(), locale),
                        t.getStatusAfter().name(), t.getAt(), t.getByUser(), t.getNote(),
                        t.getReasonCode() == null ? null : t.getReasonCode().name(),
                        t.getCriteria().stream().map(c -> new CriterionJson(c.getCriterion().getId(),
                                c.getCriterion().getNames().in(locale), c.getHow().name(),
                                EvidenceJson.of(c.getEvidence(), locale))).toList(),
                        t.getOverrideReason())).toList(),
                e.nextStages().stream().map(s -> new NextStageJson(s.getId(), s.getCode(), s.name(locale),
                        s.activeCriteria().stream().map(c -> new NextCriterionJson(c.getId(), c.getNames().in(locale),
                                c.getEvidenceSource(), EvidenceJson.of(evidence.get(c), locale))).toList())).toList());
    }

    private static StageRef ref(org.masar.pipeline.domain.Stage s, Locale locale) {
        return new StageRef(s.getId(), s.getCode(), s.name(locale));
    }
}
