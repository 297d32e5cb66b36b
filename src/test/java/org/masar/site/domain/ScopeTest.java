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
    void ancestorsAreEveryPrefixAboveEachRoot() {
        Scope scope = Scope.ofPaths(List.of("/TN/SFX/SFX-M/", "/IT/"));
        assertEquals(Set.of("/TN/", "/TN/SFX/"), scope.ancestorPaths());
    }

    @Test
    void nobodyWithoutSitesSeesAnything() {
        assertTrue(Scope.nothing().isEmpty());
        assertFalse(Scope.of(List.of()).includes("/TN/"));
    }
}
