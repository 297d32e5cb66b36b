package org.masar.beneficiary.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

    private final LocalDate today = LocalDate.of(2026, 11, 23);

    @Test
    void bandsFollowBirthdaysToTheDay() {
        assertNull(AgeBand.of(LocalDate.of(2011, 11, 24), today), "14 until tomorrow");
        assertEquals(AgeBand.A15_17, AgeBand.of(LocalDate.of(2011, 11, 23), today));
        assertEquals(AgeBand.A15_17, AgeBand.of(LocalDate.of(2008, 11, 24), today));
        assertEquals(AgeBand.A18_24, AgeBand.of(LocalDate.of(2008, 11, 23), today));
        assertEquals(AgeBand.A25_35, AgeBand.of(LocalDate.of(1990, 11, 24), today));
        assertEquals(AgeBand.A36_64, AgeBand.of(LocalDate.of(1990, 11, 23), today));
        assertEquals(AgeBand.A65_PLUS, AgeBand.of(LocalDate.of(1961, 11, 23), today));
    }

    @Test
    void birthDateRangesMatchTheBands() {
        for (AgeBand band : AgeBand.values()) {
            assertEquals(band, AgeBand.of(band.bornFrom(today), today), band + " from");
            assertEquals(band, AgeBand.of(band.bornUntil(today), today), band + " until");
            if (band != AgeBand.A65_PLUS) {
                assertEquals(false, band == AgeBand.of(band.bornFrom(today).minusDays(1), today), band + " before");
            }
        }
    }

    /** Warned, not refused: 65 to 80 is outside every band our programmes serve (the last is 36–64). */
    @Test
    void agesAboveTheLastBandAreUnusualUpToTheRefusal() {
        assertEquals(java.util.OptionalInt.empty(), Beneficiary.unusualAge(today.minusYears(15), today));
        assertEquals(java.util.OptionalInt.empty(), Beneficiary.unusualAge(today.minusYears(65).plusDays(1), today), "64 the day before");
        assertEquals(java.util.OptionalInt.of(65), Beneficiary.unusualAge(today.minusYears(65), today));
        assertEquals(java.util.OptionalInt.of(80), Beneficiary.unusualAge(today.minusYears(80), today));
        assertEquals(AgeBand.A36_64.to(), Beneficiary.USUAL_MAXIMUM_AGE, "the bound is the last band's end");
    }
}
