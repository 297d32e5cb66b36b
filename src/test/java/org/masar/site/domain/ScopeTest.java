package org.masar.site.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void aScopeReachesItsSitesAndEverythingUnderThem() {
        Scope sfax = Scope.ofPaths(List.of("/TN/SFX/"));
        assertTrue(sfax.includes("/TN/SFX/"));
        assertTrue(sfax.includes("/TN/SFX/SFX-M/"));
        assertFalse(sfax.includes("/TN/KEB/"));
        assertFalse(sfax.includes("/TN/"));
    }

    @Test
    void nestedAssignmentsCollapseToTheOutermost() {
        Scope scope = Scope.ofPaths(List.of("/TN/SFX/SFX-M/", "/TN/", "/IT/LOM/"));
        assertEquals(List.of("/IT/LOM/", "/TN/"), scope.rootPaths().stream().sorted().toList());
    }

    @Test
    void overlapCoversSitesAboveTheScopeToo() {
        Scope sfax = Scope.ofPaths(List.of("/TN/SFX/"));
        assertTrue(sfax.overlaps("/TN/"), "a country-wide programme concerns Sfax");
        assertTrue(sfax.overlaps("/TN/SFX/SFX-M/"));
        assertFalse(sfax.overlaps("/TN/KEB/"));
        assertFalse(sfax.overlaps("/IT/"));
    }

    @Test
    void todayIsThatOfTheSitesCountry() {
        // 23:30 UTC on 31 December is already New Year's Day in Tunis and Rome (UTC+1).
        java.time.Clock lateUtc = java.time.Clock.fixed(java.time.Instant.parse("2026-12-31T23:30:00Z"),
                java.time.ZoneOffset.UTC);
        assertEquals(java.time.LocalDate.of(2027, 1, 1), Scope.ofPaths(List.of("/TN/SFX/")).today(lateUtc));
        assertEquals(java.time.LocalDate.of(2027, 1, 1), Scope.ofPaths(List.of("/IT/")).today(lateUtc));
        assertEquals(java.time.LocalDate.of(2026, 12, 31), Scope.nothing().today(lateUtc), "UTC without sites");
        assertEquals(java.time.ZoneId.of("Africa/Casablanca"), Zones.of("MA"));
    }

    @Test
    void nobodyWithoutSitesSeesAnything() {
        assertTrue(Scope.nothing().isEmpty());
        assertFalse(Scope.of(List.of()).includes("/TN/"));
    }
}
