package org.masar.pipeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.i18n.Texts;

/**
 * Entry criteria bound to evidence: met by a record, never by a tick; unmet, the move is refused
 * with what the records say, unless a manager overrides it with a reason; a source not deployed
 * meets nothing. The history line keeps the evidence as it stood, by message key, in every language.
 */
class EvidenceCriteriaTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2022, 3, 1, 9, 0);
    private static final Actor WORKER = new Actor("sfax", false, T0.plusDays(1));
    private static final Actor MANAGER = new Actor("manager", true, T0.plusDays(1));
    /** A summary key of the bundle with one argument, standing for a source's own. */
    private static final String SUMMARY = "evidence.history";

    private Stage certified;
    private Criterion attendance;
    private Criterion assessment;
    private Enrolment e;

    @BeforeEach
    void inTraining() {
        Pipeline pipeline = DefaultPipelines.create(null, PipelineType.TRAINING);
        certified = pipeline.stage("certified").orElseThrow();
        attendance = certified.activeCriteria().get(0);
        assessment = certified.activeCriteria().get(1);
        attendance.bindTo("training.attendance");
        e = Enrolment.enrol(person(), pipeline, null, null, T0.toLocalDate(), new Actor("sfax", false, T0), new ArrayList<>());
        for (String code : List.of("selected", "in_training")) {
            Stage step = pipeline.stage(code).orElseThrow();
            e.advance(step, step.activeCriteria(), null, new Actor("sfax", false, T0), null);
        }
    }

    @Test
    void metByTheRecordTheMoveIsAcceptedAndTheHistoryKeepsTheEvidence() {
        Evidence met = Evidence.met("training.course", 31, SUMMARY, "86 %");
        StageTransition line = e.advance(certified, Set.of(assessment), Map.of(attendance, met), null, WORKER, null);
        assertEquals(EnrolmentStatus.COMPLETED, e.getStatus());
        CriterionMet byRecord = line.getCriteria().stream().filter(c -> c.getCriterion() == attendance).findFirst().orElseThrow();
        assertEquals(CriterionMet.How.EVIDENCE, byRecord.getHow());
        assertEquals(met, byRecord.getEvidence(), "the record and the summary, as stored");
        assertEquals(CriterionMet.How.TICKED, line.getCriteria().stream().filter(c -> c.getCriterion() == assessment)
                .findFirst().orElseThrow().getHow());
        assertEquals(assessment.getNames().getEn(), line.tickedNames(Locale.ENGLISH), "ticked: the hand criterion only");
        for (String language : Texts.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            assertEquals(attendance.getNames().in(locale) + " (" + Texts.get(locale, SUMMARY, "86 %") + ")",
                    line.evidenceNames(locale), "read in " + language);
        }
        assertNull(line.getOverrideReason());
    }

    @Test
    void aTickCannotMeetACriterionBoundToEvidence() {
        Evidence unmet = Evidence.unmet("training.course", 31L, SUMMARY, "60 %");
        FieldRefused refused = assertThrows(FieldRefused.class,
                () -> e.advance(certified, Set.of(attendance, assessment), Map.of(attendance, unmet), null, WORKER, null));
        assertEquals(Map.of("evidence", "enrolment.error.evidence"), refused.fieldKeys());
        String reason = Texts.get(Locale.FRENCH, "enrolment.error.evidence", refused.arguments("evidence"));
        assertTrue(reason.contains(attendance.getNames().getFr() + " (" + Texts.get(Locale.FRENCH, SUMMARY, "60 %") + ")"),
                "the reason names the criterion and what the records say: " + reason);
        assertEquals(EnrolmentStatus.ACTIVE, e.getStatus());
        assertEquals("in_training", e.getCurrentStage().getCode(), "nothing moved");
    }

    @Test
    void aManagerOverridesUnmetEvidenceWithAWrittenReasonAndTheHistorySaysWhatTheRecordsSaid() {
        Evidence unmet = Evidence.unmet("training.course", 31L, SUMMARY, "60 %");
        assertEquals("enrolment.error.overrideManagerOnly", assertThrows(MoveRefused.class,
                () -> e.advance(certified, Set.of(assessment), Map.of(attendance, unmet), "the sheets were lost", WORKER, null))
                .messageKey());
        StageTransition line = e.advance(certified, Set.of(assessment), Map.of(attendance, unmet),
                "the attendance sheets were lost in the flood", MANAGER, null);
        CriterionMet overridden = line.getCriteria().stream().filter(CriterionMet::isOverridden).findFirst().orElseThrow();
        assertEquals(attendance, overridden.getCriterion());
        assertEquals(unmet, overridden.getEvidence(), "what the records said when the manager overrode them");
        assertEquals("the attendance sheets were lost in the flood", line.getOverrideReason());
        assertEquals(attendance.getNames().getFr() + " (" + Texts.get(Locale.FRENCH, SUMMARY, "60 %") + ")",
                line.overriddenNames(Locale.FRENCH));
        assertEquals("", line.evidenceNames(Locale.FRENCH), "nothing met by the records");
    }

    @Test
    void aSourceNotDeployedMeetsNothingAndSaysSo() {
        FieldRefused refused = assertThrows(FieldRefused.class,
                () -> e.advance(certified, Set.of(attendance, assessment), null, WORKER, null));
        String reason = Texts.get(Locale.ENGLISH, "enrolment.error.evidence", refused.arguments("evidence"));
        assertTrue(reason.contains("training.attendance"), reason);
        assertEquals(Texts.get(Locale.ENGLISH, "evidence.sourceAbsent", "training.attendance"),
                Evidence.sourceAbsent("training.attendance").in(Locale.ENGLISH));
        StageTransition line = e.advance(certified, Set.of(assessment), "the training module is not deployed here",
                MANAGER, null);
        assertEquals(CriterionMet.How.OVERRIDDEN, line.getCriteria().get(1).getHow());
        assertEquals("evidence.sourceAbsent", line.getCriteria().get(1).getEvidence().summaryKey());
    }

    @Test
    void aCriterionTickedByHandIsRefusedAsBefore() {
        attendance.bindTo(null);
        MoveRefused refused = assertThrows(MoveRefused.class, () -> e.advance(certified, Set.of(assessment), null, WORKER, null));
        assertEquals("enrolment.error.criteria", refused.messageKey());
    }

    @Test
    void theStoredArgumentsReadBackAsTheyWere() {
        Evidence met = Evidence.met("training.course", 31, "evidence.history", 86, "14 sessions", "");
        Evidence back = Evidence.stored(true, met.summaryKey(), met.storedArguments(), met.recordKind(), met.recordId());
        assertEquals(met, back);
        assertEquals(List.of(), Evidence.stored(false, "evidence.met", null, null, null).arguments());
    }

    private static Beneficiary person() {
        return Beneficiary.register("TN-SFX-000001", new Beneficiary.Details("Amal", "Trabelsi", null, Sex.F,
                        LocalDate.of(1998, 5, 5), "TN", "TN", null, null, DocumentType.NONE, null, EducationLevel.SECONDARY,
                        EmploymentStatus.UNEMPLOYED, false, Set.of()), null, LocalDate.of(2021, 1, 1),
                Set.of(ConsentPurpose.PARTICIPATION), "sfax", T0);
    }
}
