package org.masar.internship.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules a placement is held to apart from the records: its length, a validity's cover, when a visa is needed. */
class PlacementRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Test
    void anInternshipLastsAtLeastSixtyDaysFirstAndLastCountedAndEndsAfterItStarts() {
        assertNull(PlacementRules.datesProblem(START, START.plusDays(59)), "1 March to 29 April: 60 days");
        assertEquals("internship.error.tooShort", PlacementRules.datesProblem(START, START.plusDays(58)));
        assertEquals("internship.error.endBeforeStart", PlacementRules.datesProblem(START, START));
        assertEquals("internship.error.endBeforeStart", PlacementRules.datesProblem(START, START.minusDays(1)));
        assertEquals("internship.error.dates", PlacementRules.datesProblem(null, START));
        assertEquals(60, PlacementRules.days(START, START.plusDays(59)));
    }

    @Test
    void aValidityCoversThePlacementOnlyFromItsFirstDayToItsLast() {
        LocalDate end = START.plusMonths(6);
        assertTrue(PlacementRules.covers(START, end, START, end), "exactly the dates");
        assertTrue(PlacementRules.covers(START.minusDays(10), end.plusDays(10), START, end));
        assertFalse(PlacementRules.covers(START.plusDays(1), end, START, end), "starts a day late");
        assertFalse(PlacementRules.covers(START, end.minusDays(1), START, end), "ends a day early");
        assertFalse(PlacementRules.covers(null, end, START, end));
        assertFalse(PlacementRules.covers(START, null, START, end));
    }

    @Test
    void aVisaIsNeededWhenTheHostIsInAnotherCountryThanTheInternsResidenceOrTheResidenceIsUnknown() {
        assertTrue(PlacementRules.visaNeeded("IT", "TN"));
        assertFalse(PlacementRules.visaNeeded("IT", "it"), "an intern living in Italy already");
        assertTrue(PlacementRules.visaNeeded("IT", null), "unknown residence: the visa is asked for");
    }

    @Test
    void anAlertIsRaisedForAValidityEndingBeforeTheInternshipAndForAnEndWithinThirtyDays() {
        LocalDate end = START.plusMonths(6);
        assertTrue(PlacementRules.expiresBeforeEnd(end.minusDays(1), end));
        assertFalse(PlacementRules.expiresBeforeEnd(end, end));
        assertFalse(PlacementRules.expiresBeforeEnd(null, end));
        LocalDate today = LocalDate.of(2027, 8, 1);
        assertTrue(PlacementRules.endingSoon(today, today));
        assertTrue(PlacementRules.endingSoon(today.plusDays(30), today));
        assertFalse(PlacementRules.endingSoon(today.plusDays(31), today));
        assertFalse(PlacementRules.endingSoon(today.minusDays(1), today), "ended already: not 'ending'");
    }
}
