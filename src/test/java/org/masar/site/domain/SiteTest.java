package org.masar.site.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.masar.shared.domain.InvalidInput;

class SiteTest {

    private final Site tunisia = Site.country("TN", "Tunisia");
    private final Site sfax = Site.under(tunisia, "SFX", "Sfax (governorate)");
    private final Site sfaxCity = Site.under(sfax, "SFX-M", "Sfax");
    private final Site kebili = Site.under(tunisia, "KEB", "Kebili (governorate)");

    @Test
    void pathsFollowTheTreeAndLevelsStepDown() {
        assertEquals("/TN/", tunisia.getPath());
        assertEquals("/TN/SFX/SFX-M/", sfaxCity.getPath());
        assertEquals(SiteLevel.REGION, sfax.getLevel());
        assertEquals(SiteLevel.MUNICIPALITY, sfaxCity.getLevel());
        assertEquals("TN", sfaxCity.getCountryCode());
    }

    @Test
    void parentCodeIsReadFromThePath() {
        assertNull(tunisia.getParentCode());
        assertEquals("TN", sfax.getParentCode());
        assertEquals("SFX", sfaxCity.getParentCode());
    }

    @Test
    void aSiteContainsItselfAndWhatIsUnderItOnly() {
        assertTrue(sfax.contains(sfax));
        assertTrue(sfax.contains(sfaxCity));
        assertTrue(tunisia.contains(sfaxCity));
        assertFalse(sfax.contains(kebili));
        assertFalse(sfaxCity.contains(sfax));
    }

    @Test
    void twoSitesOverlapWhenOneLiesUnderTheOther() {
        assertTrue(sfax.overlaps(sfaxCity), "a governorate programme reaches the city's people");
        assertTrue(sfaxCity.overlaps(sfax), "and a city programme concerns the governorate's staff");
        assertTrue(tunisia.overlaps(sfaxCity));
        assertFalse(sfax.overlaps(kebili));
        assertFalse(Site.under(tunisia, "SF", "Not Sfax").overlaps(sfax));
    }

    @Test
    void aMunicipalityHasNoChildren() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Site.under(sfaxCity, "X-1", "Nowhere"));
        assertEquals("site.error.parentLevel", refused.fieldKeys().get("parent"));
        assertThrows(InvalidInput.class, () -> Site.under(null, "X-2", "Nowhere"));
    }

    @Test
    void similarCodesAreNotMistakenForChildren() {
        Site sf = Site.under(tunisia, "SF", "Not Sfax");
        assertFalse(sf.contains(sfax), "'/TN/SF/' must not prefix '/TN/SFX/'");
    }
}
