package org.masar.pipeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.AppUser;
import org.masar.shared.domain.FieldRefused;

/**
 * A person's journey through one pipeline. Its state changes only through the named verbs
 * below, each of which checks the definition and returns the history line to keep; status,
 * current stage and the time it was entered are those of the last line.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final int COHORT_MAX = 80;
    public static final int REASON_MIN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Changes only when the person's record is merged into another ({@link #transferTo}). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pipeline_id", updatable = false)
    private Pipeline pipeline;

    @Column(length = COHORT_MAX)
    private String cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_worker_id")
    private AppUser caseWorker;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "current_stage_id")
    private Stage currentStage;

    @Column(name = "stage_since", nullable = false)
    private LocalDateTime stageSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "drop_reason", length = 16)
    private DropReason dropReason;

    @Column(name = "active_pipeline_id")
    private Long activePipelineId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /**
     * The person's site and taking part as of their last change, copied for the lists that scope
     * enrolments on the enrolments' own index (V17). Written here at enrolment only; afterwards
     * {@code EnrolmentScopes} writes them in the database when the registry changes the person.
     */
    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "taking_part", nullable = false, updatable = false)
    private boolean takingPart;

    @Version
    private int version;

    protected Enrolment() {
    }

    /**
     * A journey as it was opened on its own start date, with no override: how the past is
     * recorded (the demo's histories); enrolling today goes through the verb below.
     */
    public static Enrolment enrol(Beneficiary person, Pipeline pipeline, String cohort, AppUser caseWorker,
                                  LocalDate startDate, Actor actor, List<StageTransition> history) {
        return enrol(person, pipeline, cohort, caseWorker, startDate, startDate, null, actor, history);
    }

    /**
     * Opens a journey at the pipeline's first active stage, on {@code today} (the day at the
     * person's site), when the programme runs then and the person is eligible on the start date.
     * The programme runs from its start date to its end date, both included, either unknown
     * meaning open; opening it after its end, or with a start date outside its period, takes a
     * manager's written {@code overrideReason} (none: refused; given: it must be a reason), which
     * the first history line keeps; when the programme runs, a reason given is not kept. The caller
     * checks there is no other active enrolment (the database does too).
     */
    public static Enrolment enrol(Beneficiary person, Pipeline pipeline, String cohort, AppUser caseWorker,
                                  LocalDate startDate, LocalDate today, String overrideReason, Actor actor,
                                  List<StageTransition> history) {
        String kept = outsidePeriod(pipeline.getProgramme(), startDate, today).map(refusal -> {
            if (overrideReason == null) {
                throw refusal;
            }
            if (!actor.manager()) {
                throw new FieldRefused("overrideReason", "enrolment.error.periodOverrideManagerOnly");
            }
            requireReason(overrideReason, "overrideReason");
            return overrideReason;
        }).orElse(null);
        pipeline.refusal(person, startDate).ifPresent(refusal -> {
            throw refusal;
        });
        Enrolment e = new Enrolment();
        e.beneficiary = person;
        e.siteId = person.getSite() == null ? null : person.getSite().getId();
        e.takingPart = person.isTakingPart();
        e.pipeline = pipeline;
        e.cohort = cohort == null || cohort.isBlank() ? null : cohort.trim();
        e.caseWorker = caseWorker;
        e.startDate = startDate;
        e.createdAt = actor.at();
        Stage first = pipeline.firstStage().orElseThrow();
        history.add(e.enter(MoveAction.ENROL, first, EnrolmentStatus.ACTIVE, actor, null, null, List.of(), kept));
        return e;
    }

    /**
     * Why the programme does not take this enrolment, if it does not: ended before today (said
     * next to the pipeline), or the start date before the programme starts or after it ends
     * (said next to the start date); each message names the date. A pipeline drawn without a
     * programme (the domain tests' definitions) has no period.
     */
    private static java.util.Optional<OutsidePeriod> outsidePeriod(Programme programme, LocalDate startDate,
                                                                  LocalDate today) {
        if (programme == null) {
            return java.util.Optional.empty();
        }
        LocalDate end = programme.getEndDate();
        LocalDate begin = programme.getStartDate();
        if (end != null && end.isBefore(today)) {
            return java.util.Optional.of(new OutsidePeriod("pipelineId", "enrolment.error.programmeEnded",
                    programme.getCode(), new Day(end)));
        }
        if (end != null && end.isBefore(startDate)) {
            return java.util.Optional.of(new OutsidePeriod("startDate", "enrolment.error.programmeEndsFirst",
                    programme.getCode(), new Day(end)));
        }
        if (begin != null && begin.isAfter(startDate)) {
            return java.util.Optional.of(new OutsidePeriod("startDate", "enrolment.error.programmeNotStarted",
                    programme.getCode(), new Day(begin)));
        }
        return java.util.Optional.empty();
    }

    /** {@link #advance(Stage, Collection, Map, String, Actor, String)} with no evidence from any record. */
    public StageTransition advance(Stage to, Collection<Criterion> ticked, String overrideReason, Actor actor,
                                   String note) {
        return advance(to, ticked, Map.of(), overrideReason, actor, note);
    }

    /**
     * Moves forward to a stage the current one allows, once its entry criteria are met (or a
     * manager overrides those that are not with a reason): a criterion ticked by hand when it is
     * in {@code ticked}, one bound to evidence when {@code evidence} says it is met, whatever was
     * ticked; one {@code evidence} does not answer for is read as its source not deployed. Entering
     * a final stage completes the enrolment; a completed one may still move on between final
     * outcome stages (certified, then employed).
     */
    public StageTransition advance(Stage to, Collection<Criterion> ticked, Map<Criterion, Evidence> evidence,
                                   String overrideReason, Actor actor, String note) {
        boolean outcome = reachesOutcomes() && to.isFinalStage();
        if (status != EnrolmentStatus.ACTIVE && !outcome) {
            throw new MoveRefused("enrolment.error.notActive", status);
        }
        if (!currentStage.allows(to)) {
            throw new MoveRefused("enrolment.error.notAllowed", currentStage.getNames(), to.getNames());
        }
        List<CriterionMet> met = checkCriteria(to, ticked, evidence, overrideReason, actor);
        boolean overridden = met.stream().anyMatch(CriterionMet::isOverridden);
        EnrolmentStatus after = to.isFinalStage() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE;
        MoveAction action = to.isFinalStage() && !outcome ? MoveAction.COMPLETE : MoveAction.ADVANCE;
        return enter(action, to, after, actor, note, null, met, overridden ? overrideReason : null);
    }

    /** {@link #complete(Stage, Collection, Map, String, Actor, String)} with no evidence from any record. */
    public StageTransition complete(Stage to, Collection<Criterion> ticked, String overrideReason, Actor actor,
                                    String note) {
        return complete(to, ticked, Map.of(), overrideReason, actor, note);
    }

    /** As {@link #advance}, into a final stage: the enrolment ends as COMPLETED. */
    public StageTransition complete(Stage to, Collection<Criterion> ticked, Map<Criterion, Evidence> evidence,
                                    String overrideReason, Actor actor, String note) {
        if (status != EnrolmentStatus.ACTIVE) {
            throw new MoveRefused("enrolment.error.notActive", status);
        }
        if (to == null || !to.isFinalStage()) {
            throw new MoveRefused("enrolment.error.notFinal");
        }
        return advance(to, ticked, evidence, overrideReason, actor, note);
    }

    /** Returns to an earlier stage, for a reason written down. */
    public StageTransition moveBack(Stage to, String reason, Actor actor) {
        if (status != EnrolmentStatus.ACTIVE) {
            throw new MoveRefused("enrolment.error.notActive", status);
        }
        if (!currentStage.earlier().contains(to)) {
            throw new MoveRefused("enrolment.error.notEarlier", currentStage.getNames(), to.getNames());
        }
        requireReason(reason, "note");
        return enter(MoveAction.BACK, to, EnrolmentStatus.ACTIVE, actor, reason, null, List.of(), null);
    }

    /** Ends the journey early. Every drop has a reason code; OTHER is explained in words. */
    public StageTransition drop(DropReason reason, String text, Actor actor) {
        if (status != EnrolmentStatus.ACTIVE) {
            throw new MoveRefused("enrolment.error.notActive", status);
        }
        if (reason == null) {
            throw org.masar.shared.domain.InvalidInput.of("reasonCode", "enrolment.error.reasonCode");
        }
        if (reason == DropReason.MERGED) {
            throw org.masar.shared.domain.InvalidInput.of("reasonCode", "enrolment.error.reasonMerged");
        }
        if (reason == DropReason.OTHER) {
            requireReason(text, "note");
        }
        return close(reason, text, actor);
    }

    /**
     * Closes the one of two active enrolments in this pipeline of a person registered twice that
     * the manager merging the two records did not keep: dropped for the reason MERGED, with the
     * line that says so, its history kept.
     */
    public StageTransition closeMerged(String note, Actor actor) {
        if (status != EnrolmentStatus.ACTIVE) {
            throw new MoveRefused("enrolment.error.notActive", status);
        }
        if (!actor.manager()) {
            throw new MoveRefused("enrolment.error.mergeManagerOnly");
        }
        return close(DropReason.MERGED, note, actor);
    }

    private StageTransition close(DropReason reason, String text, Actor actor) {
        StageTransition line = enter(MoveAction.DROP, currentStage, EnrolmentStatus.DROPPED, actor, text, reason,
                List.of(), null);
        dropReason = reason;
        return line;
    }

    /**
     * Moves the journey, history and all, to the record that {@code survivor} keeps when the
     * person's record is merged into it. The caller closes first any active enrolment of the
     * pipeline that would make two ({@link #closeMerged}); the database refuses two as well.
     */
    public void transferTo(Beneficiary survivor) {
        if (survivor == null || survivor == beneficiary || survivor.getMergedInto() != null) {
            throw new org.masar.shared.domain.BusinessException("beneficiary.error.mergeInvalid");
        }
        beneficiary = survivor;
    }

    /**
     * A manager puts a completed or dropped enrolment back to work at the stage it stopped at,
     * unless the person has meanwhile started another journey in the same pipeline.
     */
    public StageTransition reopen(String note, Actor actor, boolean anotherActiveInPipeline) {
        if (!actor.manager()) {
            throw new MoveRefused("enrolment.error.reopenManagerOnly");
        }
        if (status == EnrolmentStatus.ACTIVE) {
            throw new MoveRefused("enrolment.error.alreadyActive");
        }
        if (anotherActiveInPipeline) {
            throw new MoveRefused("enrolment.error.alreadyEnrolled");
        }
        requireReason(note, "note");
        return enter(MoveAction.REOPEN, currentStage, EnrolmentStatus.ACTIVE, actor, note, null, List.of(), null);
    }

    /**
     * How each active criterion of {@code to} is met: ticked, by evidence, or — those that are not,
     * with the evidence that fell short — overridden by a manager with a written reason. Unmet
     * without an override, the move is refused, with the reason of each record that fell short
     * (said on the evidence field) when there is one.
     */
    private List<CriterionMet> checkCriteria(Stage to, Collection<Criterion> ticked, Map<Criterion, Evidence> evidence,
                                             String overrideReason, Actor actor) {
        List<CriterionMet> met = new java.util.ArrayList<>();
        Map<Criterion, Evidence> missing = new java.util.LinkedHashMap<>();
        for (Criterion c : to.activeCriteria()) {
            if (c.isEvidenceBound()) {
                Evidence found = evidence.getOrDefault(c, Evidence.sourceAbsent(c.getEvidenceSource()));
                if (found.met()) {
                    met.add(new CriterionMet(c, CriterionMet.How.EVIDENCE, found));
                } else {
                    missing.put(c, found);
                }
            } else if (ticked.contains(c)) {
                met.add(new CriterionMet(c, CriterionMet.How.TICKED));
            } else {
                missing.put(c, null);
            }
        }
        if (missing.isEmpty()) {
            return met;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            if (missing.values().stream().anyMatch(java.util.Objects::nonNull)) {
                throw new FieldRefused("evidence", "enrolment.error.evidence", new Listing(missing));
            }
            throw new MoveRefused("enrolment.error.criteria", new Listing(missing));
        }
        if (!actor.manager()) {
            throw new MoveRefused("enrolment.error.overrideManagerOnly");
        }
        requireReason(overrideReason, "overrideReason");
        missing.forEach((c, fellShort) -> met.add(new CriterionMet(c, CriterionMet.How.OVERRIDDEN, fellShort)));
        return met;
    }

    private static void requireReason(String text, String field) {
        if (text == null || text.trim().length() < REASON_MIN) {
            throw org.masar.shared.domain.InvalidInput.of(field, "enrolment.error.reasonTooShort");
        }
    }

    private StageTransition enter(MoveAction action, Stage to, EnrolmentStatus after, Actor actor, String note,
                                  DropReason reason, List<CriterionMet> criteria, String overrideReason) {
        if (note != null && note.trim().length() > StageTransition.NOTE_MAX) {
            throw org.masar.shared.domain.InvalidInput.of("note", "enrolment.error.noteTooLong");
        }
        if (overrideReason != null && overrideReason.length() > StageTransition.NOTE_MAX) {
            throw org.masar.shared.domain.InvalidInput.of("overrideReason", "enrolment.error.noteTooLong");
        }
        StageTransition line = new StageTransition(this, action, action == MoveAction.ENROL ? null : currentStage,
                to, after, actor, note, reason, criteria, overrideReason);
        if (to != currentStage) {
            stageSince = actor.at();
        }
        currentStage = to;
        status = after;
        activePipelineId = after == EnrolmentStatus.ACTIVE ? pipeline.getId() : null;
        if (after != EnrolmentStatus.DROPPED) {
            dropReason = null;
        }
        return line;
    }

    /**
     * A completed enrolment at a final stage may still move on between final outcome stages
     * (certified, then employed).
     */
    private boolean reachesOutcomes() {
        return status == EnrolmentStatus.COMPLETED && currentStage.isFinalStage();
    }

    /** The stages a move forward may go to now: none once closed, but outcome stages after completion. */
    public List<Stage> nextStages() {
        return status == EnrolmentStatus.ACTIVE || reachesOutcomes() ? currentStage.followers() : List.of();
    }

    /** The stages a move back may go to now: the active earlier ones, while the enrolment is active. */
    public List<Stage> earlierStages() {
        return status == EnrolmentStatus.ACTIVE ? currentStage.earlier() : List.of();
    }

    /** Whole days spent in the current stage by {@code today}. */
    public long daysInStage(LocalDate today) {
        return daysInStage(stageSince, today);
    }

    /** Active and in its stage longer than the stage expects. */
    public boolean isStuck(LocalDate today) {
        return isStuck(status, currentStage, stageSince, today);
    }

    /** {@link #daysInStage} of an enrolment in its stage since {@code stageSince}, for lines read without the entity. */
    public static long daysInStage(LocalDateTime stageSince, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(stageSince.toLocalDate(), today));
    }

    /** {@link #isStuck} of an enrolment read as a line: its status, current stage and since when. */
    public static boolean isStuck(EnrolmentStatus status, Stage stage, LocalDateTime stageSince, LocalDate today) {
        Integer expected = stage.getExpectedDays();
        return status == EnrolmentStatus.ACTIVE && expected != null && daysInStage(stageSince, today) > expected;
    }

    public void assign(AppUser caseWorker, String cohort) {
        this.caseWorker = caseWorker;
        this.cohort = cohort == null || cohort.isBlank() ? null : cohort.trim();
    }

    public Long getId() {
        return id;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public Pipeline getPipeline() {
        return pipeline;
    }

    public String getCohort() {
        return cohort;
    }

    public AppUser getCaseWorker() {
        return caseWorker;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Stage getCurrentStage() {
        return currentStage;
    }

    public LocalDateTime getStageSince() {
        return stageSince;
    }

    public DropReason getDropReason() {
        return dropReason;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    public boolean isActive() {
        return status == EnrolmentStatus.ACTIVE;
    }

    /**
     * A date as one message argument, written out in the reader's language (13 décembre 2023);
     * the English bundle is the root one, whose locale names no language.
     */
    private record Day(LocalDate date) implements org.masar.shared.i18n.Localized {
        @Override
        public String in(java.util.Locale locale) {
            return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(locale.getLanguage().isEmpty() ? java.util.Locale.ENGLISH : locale).format(date);
        }
    }

    /**
     * Criteria names as one message argument, each in the reader's language, with what the
     * records say of those bound to evidence.
     */
    private record Listing(Map<Criterion, Evidence> items) implements org.masar.shared.i18n.Localized {
        @Override
        public String in(java.util.Locale locale) {
            return items.entrySet().stream().map(c -> CriterionMet.named(c.getKey(), c.getValue(), locale))
                    .collect(Collectors.joining(", "));
        }
    }
}
