package org.masar.internship.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.InvalidInput;
import org.masar.site.domain.Site;

/** A placement's own rules: its plan, the learning agreement's three parts, its checklist, its end. */
class PlacementTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private static Placement placement() {
        Host host = Host.record(new Host.Details("Officine Rossi S.r.l.", "IT", "Milano", HostSector.MECHANICS,
                HostSize.UNDER_250, null, null, null, null, null, null, true, List.of()), "interns", NOW);
        return Placement.open(null, host, new Placement.Plan(" Luca ", START, START.plusMonths(6), " Milano "),
                Site.country("TN", "Tunisia"), Site.country("IT", "Italy"), "interns", NOW);
    }

    private static Placement.Before signed(LocalDate on) {
        return new Placement.Before("Assembly", "Runs a lathe", "Monthly call", "Tutor's grid", LanguageLevel.B1, on, on, on);
    }

    @Test
    void aPlacementOpensWithItsWholeChecklistMissingAndItsPlanTrimmed() {
        Placement p = placement();
        assertEquals(List.of(DocumentKind.values()), p.checklist().stream().map(PlacementDocument::getKind).toList());
        assertTrue(p.checklist().stream().allMatch(d -> d.getState() == DocumentState.MISSING));
        assertEquals("Luca", p.getTutorName());
        assertEquals("Milano", p.getCity());
    }

    @Test
    void anAgreementSignedNeedsItsProgrammeAndOutcomesAndNoSignatureInTheFuture() {
        Placement p = placement();
        InvalidInput empty = assertThrows(InvalidInput.class, () -> p.agreeBefore(new Placement.Before(null, null, null,
                null, null, TODAY, null, TODAY.plusDays(1)), TODAY));
        assertEquals(Map.of("programme", "internship.error.signedEmpty", "signedBySending", "internship.error.signedFuture"),
                empty.fieldKeys());
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> p.agreeBefore(new Placement.Before("x".repeat(2001),
                "ok", "y".repeat(1001), null, null, null, null, null), TODAY));
        assertEquals(Map.of("programme", "internship.error.tooLong", "monitoringPlan", "internship.error.tooLong"),
                tooLong.fieldKeys());
        p.agreeBefore(new Placement.Before("Assembly", "Runs a lathe", null, null, LanguageLevel.A2, TODAY, null, null), TODAY);
        assertEquals(false, p.before().signed(), "two signatures still missing");
        p.agreeBefore(signed(TODAY), TODAY);
        assertTrue(p.before().signed());
        FieldRefused signed = assertThrows(FieldRefused.class, () -> p.agreeBefore(signed(TODAY), TODAY));
        assertEquals(Map.of("programme", "internship.error.agreementSigned"), signed.fieldKeys());
    }

    @Test
    void changesAreAgreedOnlyOnceTheAgreementIsSignedAndSayWhenWhatAndWho() {
        Placement p = placement();
        FieldRefused unsigned = assertThrows(FieldRefused.class, () -> p.addChange(TODAY, "Two weeks in the paint shop",
                "Tutor and intern", "interns", TODAY));
        assertEquals(Map.of("description", "internship.error.changeUnsigned"), unsigned.fieldKeys());
        p.agreeBefore(signed(TODAY), TODAY);
        InvalidInput bad = assertThrows(InvalidInput.class, () -> p.addChange(TODAY.plusDays(1), " ", null, "interns", TODAY));
        assertEquals(Map.of("changedOn", "internship.error.changeDate", "description", "internship.error.changeDescription",
                "agreedBy", "internship.error.agreedBy"), bad.fieldKeys());
        p.addChange(TODAY, " Two weeks in the paint shop ", "Tutor and intern", "interns", TODAY);
        assertEquals("Two weeks in the paint shop", p.getChanges().get(0).getDescription());
        assertEquals("interns", p.getChanges().get(0).getRecordedBy());
    }

    @Test
    void aVisaOrPolicyReceivedCarriesItsNumberAndValidityAndVerifiedKeepsWhoReceivedIt() {
        Placement p = placement();
        InvalidInput bare = assertThrows(InvalidInput.class, () -> p.mark(DocumentKind.VISA, DocumentState.RECEIVED, null,
                "interns", NOW));
        assertEquals(Map.of("number", "internship.error.visaNumber", "type", "internship.error.visaType",
                "validFrom", "internship.error.validFrom", "validTo", "internship.error.validTo"), bare.fieldKeys());
        InvalidInput backwards = assertThrows(InvalidInput.class, () -> p.mark(DocumentKind.INSURANCE, DocumentState.VERIFIED,
                new PlacementDocument.Details("POL-1", null, START, START.minusDays(1)), "interns", NOW));
        assertEquals(Map.of("validTo", "internship.error.validToBefore"), backwards.fieldKeys());
        var visa = new PlacementDocument.Details("ITA-1", "D", START, START.plusMonths(6));
        p.mark(DocumentKind.VISA, DocumentState.RECEIVED, visa, "tunis", NOW);
        p.mark(DocumentKind.VISA, DocumentState.VERIFIED, visa, "milan", NOW.plusDays(1));
        PlacementDocument d = p.document(DocumentKind.VISA);
        assertEquals(List.of("tunis", "milan"), List.of(d.getReceivedBy(), d.getVerifiedBy()));
        assertTrue(d.verifiedCovering(START, START.plusMonths(6)));
        assertEquals(false, d.verifiedCovering(START, START.plusMonths(6).plusDays(1)), "a day short");
        p.mark(DocumentKind.VISA, DocumentState.VERIFIED, visa, "tunis", NOW.plusDays(2));
        assertEquals("milan", p.document(DocumentKind.VISA).getVerifiedBy(), "verified again as it was: the same check");
        p.mark(DocumentKind.VISA, DocumentState.VERIFIED, new PlacementDocument.Details("ITA-1", "D", START, START.plusMonths(7)),
                "tunis", NOW.plusDays(2));
        assertEquals("tunis", p.document(DocumentKind.VISA).getVerifiedBy(), "other dates: who checked them now");
        p.mark(DocumentKind.ARRIVAL, DocumentState.VERIFIED, null, "milan", NOW);
        assertEquals("milan", p.document(DocumentKind.ARRIVAL).getReceivedBy(), "verified: received by the same person");
        p.mark(DocumentKind.VISA, DocumentState.MISSING, null, "tunis", NOW);
        assertNull(p.document(DocumentKind.VISA).getVerifiedBy());
    }

    @Test
    void anEndHasAnOutcomeAReasonWhenInterruptedAndADateNeitherBeforeTheStartNorAhead() {
        Placement p = placement();
        LocalDate later = START.plusMonths(2);
        InvalidInput bad = assertThrows(InvalidInput.class, () -> p.end(Outcome.INTERRUPTED, null, TODAY.minusDays(1), later));
        assertEquals(Map.of("outcomeReason", "internship.error.outcomeReason", "endedOn", "internship.error.endedOn"),
                bad.fieldKeys());
        assertThrows(InvalidInput.class, () -> p.end(null, null, later, later));
        assertThrows(InvalidInput.class, () -> p.end(Outcome.COMPLETED, null, START.minusDays(1), later),
                "only an interruption comes before the start");
        p.end(Outcome.INTERRUPTED, " Family reasons ", later, later);
        assertEquals("Family reasons", p.getOutcomeReason());
        assertThrows(FieldRefused.class, () -> p.replan(p.getHost(), p.plan(), p.getReceivingSite()),
                "an ended placement is not planned again");
    }
}
