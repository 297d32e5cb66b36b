package org.masar.site.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Names;

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

    @Test
    void aSiteIsNamedInTheReadersLanguageAndInEnglishWhenItHasNoneThere() {
        Site tunis = Site.under(tunisia, "TUN", new Names("Tunis (governorate)", "Tunis (gouvernorat)", "ولاية تونس", null));
        assertEquals("Tunis (gouvernorat)", tunis.name(java.util.Locale.FRENCH));
        assertEquals("ولاية تونس", tunis.name(java.util.Locale.forLanguageTag("ar-TN")));
        assertEquals("Tunis (governorate)", tunis.name(java.util.Locale.ITALIAN), "no Italian name: English");
        assertEquals("Tunis (governorate)", tunis.name(java.util.Locale.GERMAN), "a language Masar does not speak: English");
        assertEquals("Tunis (governorate)", tunis.name(null));
        assertEquals("Tunis (governorate)", tunis.getName(), "getName is the English one");
    }

    @Test
    void namesAreTrimmedBlanksAreNoNameAndEnglishIsRequired() {
        Names names = new Names("  Douz ", " ", "  دوز", null);
        assertEquals("Douz", names.getEn());
        assertNull(names.getFr());
        assertEquals("دوز", names.getAr());
        InvalidInput none = assertThrows(InvalidInput.class, () -> Site.under(tunisia, "X", new Names(" ", "Douz", null, null)));
        assertEquals("site.error.nameRequired", none.fieldKeys().get("nameEn"));
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> sfax.rename(
                new Names("Sfax", null, "ص".repeat(Site.NAME_MAX + 1), "x".repeat(Site.NAME_MAX + 1))));
        assertEquals(java.util.Set.of("nameAr", "nameIt"), tooLong.fieldKeys().keySet());
        assertEquals("Sfax (governorate)", sfax.getName(), "a refused rename changes nothing");
        sfax.rename(new Names("Sfax (governorate)", "Sfax (gouvernorat)", null, "x".repeat(Site.NAME_MAX)));
        assertEquals("Sfax (gouvernorat)", sfax.name(java.util.Locale.FRENCH));
    }
}
