package org.masar.pipeline.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.StageTransition;

/** An enrolment over HTTP, with its history and the version a move must quote. */
public record EnrolmentJson(long id, String beneficiaryCode, long pipelineId, String programme, String type,
                            String cohort, String caseWorker, LocalDate startDate, String status, StageRef stage,
                            LocalDateTime stageSince, long daysInStage, boolean stuck, String dropReason, int version,
                            List<MoveJson> history) {

    public record StageRef(long id, String code, String name) {
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    /** A criterion the move checked: TICKED, or OVERRIDDEN by a manager with {@code overrideReason}. */
    public record CriterionJson(long id, String name, String how) {
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

    static EnrolmentJson of(Enrolment e, List<StageTransition> history, Locale locale, LocalDate today) {
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
                                c.getCriterion().getNames().in(locale), c.getHow().name())).toList(),
                        t.getOverrideReason())).toList());
    }

    private static StageRef ref(org.masar.pipeline.domain.Stage s, Locale locale) {
        return new StageRef(s.getId(), s.getCode(), s.name(locale));
    }
}
