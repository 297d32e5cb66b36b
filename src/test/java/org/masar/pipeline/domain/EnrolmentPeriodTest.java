package org.masar.pipeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.DocumentType;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.Sex;
import org.masar.programme.domain.Programme;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.i18n.Texts;

/** The programme's period as enrolling meets it: the whole rule, each refusal on its field, and who overrides. */
class EnrolmentPeriodTest {

    private static final LocalDate START = LocalDate.of(2020, 12, 14);
    private static final LocalDate END = LocalDate.of(2023, 12, 13);
    private static final Actor WORKER = new Actor("sfax", false, LocalDateTime.of(2026, 12, 1, 9, 0));
    private static final Actor MANAGER = new Actor("manager", true, LocalDateTime.of(2026, 12, 1, 9, 0));
    private static final String REASON = "Reinstated by the steering committee";

    private static Pipeline training(LocalDate from, LocalDate to) {
        Programme tdu = Programme.create(new Programme.Details("TDU", "TRAIT D'union", null, from, to, null, "EUR", null),
                null, List.of(), List.of());
        return DefaultPipelines.create(tdu, PipelineType.TRAINING);
    }

    private static Beneficiary person() {
        return Beneficiary.register("TN-SFX-000001", new Beneficiary.Details("Amal", "Trabelsi", null, Sex.F,
                        LocalDate.of(1998, 5, 5), "TN", "TN", null, null, DocumentType.NONE, null, EducationLevel.SECONDARY,
                        EmploymentStatus.UNEMPLOYED, false, Set.of()), null, LocalDate.of(2021, 1, 1),
                Set.of(ConsentPurpose.PARTICIPATION), "sfax", WORKER.at());
    }

    private static List<StageTransition> enrol(Pipeline pipeline, LocalDate start, LocalDate today, String reason,
                                               Actor actor) {
        List<StageTransition> lines = new ArrayList<>();
        Enrolment.enrol(person(), pipeline, null, null, start, today, reason, actor, lines);
        return lines;
    }

    private static Map<String, String> refused(Pipeline pipeline, LocalDate start, LocalDate today, String reason,
                                               Actor actor) {
        return assertThrows(InvalidInput.class, () -> enrol(pipeline, start, today, reason, actor)).fieldKeys();
    }

    @Test
    void theProgrammeRunsFromItsStartToItsEndBothIncluded() {
        Pipeline tdu = training(START, END);
        assertNull(enrol(tdu, START, START, null, WORKER).get(0).getOverrideReason());
        assertNull(enrol(tdu, END, END, null, WORKER).get(0).getOverrideReason());
        assertEquals(Map.of("pipelineId", "enrolment.error.programmeEnded"),
                refused(tdu, END.plusDays(1), END.plusDays(1), null, WORKER));
        // Ended by today even when the start date is put back within the period.
        assertEquals(Map.of("pipelineId", "enrolment.error.programmeEnded"), refused(tdu, END, END.plusDays(1), null, WORKER));
        assertEquals(Map.of("startDate", "enrolment.error.programmeNotStarted"),
                refused(tdu, START.minusDays(1), START.minusDays(30), null, WORKER));
        assertEquals(Map.of("startDate", "enrolment.error.programmeEndsFirst"), refused(tdu, END.plusDays(1), END, null, WORKER));
    }

    @Test
    void unknownDatesLeaveThePeriodOpen() {
        LocalDate far = LocalDate.of(2090, 1, 1);
        assertNull(enrol(training(null, null), far, far, null, WORKER).get(0).getOverrideReason());
        assertNull(enrol(training(START, null), far, far, null, WORKER).get(0).getOverrideReason());
        assertNull(enrol(training(null, END), LocalDate.of(1990, 1, 1), END, null, WORKER).get(0).getOverrideReason());
    }

    @Test
    void onlyAManagerOverridesAndOnlyWithAReasonWhichTheFirstLineKeeps() {
        Pipeline tdu = training(START, END);
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertEquals(Map.of("pipelineId", "enrolment.error.programmeEnded"), refused(tdu, today, today, null, MANAGER));
        assertEquals(Map.of("overrideReason", "enrolment.error.reasonTooShort"), refused(tdu, today, today, "", MANAGER));
        FieldRefused notTheirs = assertThrows(FieldRefused.class, () -> enrol(tdu, today, today, REASON, WORKER));
        assertEquals(Map.of("overrideReason", "enrolment.error.periodOverrideManagerOnly"), notTheirs.fieldKeys());
        StageTransition opened = enrol(tdu, today, today, REASON, MANAGER).get(0);
        assertEquals(MoveAction.ENROL, opened.getAction());
        assertEquals(REASON, opened.getOverrideReason());
        assertEquals(true, opened.isPeriodOverridden());
    }

    @Test
    void theMessageNamesTheDateInTheReadersLanguage() {
        OutsidePeriod ended = assertThrows(OutsidePeriod.class,
                () -> enrol(training(START, END), END.plusDays(1), END.plusDays(1), null, WORKER));
        Object[] arguments = ended.arguments("pipelineId");
        assertEquals("TDU ended on December 13, 2023: enrolling in it now takes a manager’s written reason.",
                Texts.get(Locale.ENGLISH, "enrolment.error.programmeEnded", arguments));
        assertEquals("TDU a pris fin le 13 décembre 2023 : y inscrire quelqu’un maintenant demande le motif écrit"
                + " d’un responsable.", Texts.get(Locale.FRENCH, "enrolment.error.programmeEnded", arguments));
        assertEquals("TDU è terminato il 13 dicembre 2023: iscrivere ora richiede il motivo scritto di un responsabile.",
                Texts.get(Locale.ITALIAN, "enrolment.error.programmeEnded", arguments));
        String arabic = Texts.get(Locale.forLanguageTag("ar"), "enrolment.error.programmeEnded", arguments);
        assertEquals(true, arabic.startsWith("انتهى TDU في 13 ") && arabic.contains("2023"), arabic);
    }
}
