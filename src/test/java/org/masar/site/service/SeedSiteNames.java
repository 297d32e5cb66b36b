package org.masar.site.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.masar.shared.domain.Names;

/**
 * What V12 promises of the seed sites of V3, on whichever database ran it: every one named in
 * French, Arabic and Italian; the Arabic names in Arabic script; within each language no two seed
 * sites with the same name, so that a governorate and its chief town stay apart.
 */
final class SeedSiteNames {

    /** The 26 sites of V3. */
    static final Set<String> SEED = Set.of("TN", "IT", "MA", "TUN", "SFX", "MAH", "SBZ", "KEB", "LOM", "PIE", "SIC", "TOS",
            "BMK", "TTA", "TUN-M", "SFX-M", "MAH-M", "SBZ-M", "KEB-M", "DOUZ", "MIL", "TRN", "PMO", "FLR", "BML", "TNG");

    private SeedSiteNames() {
    }

    /** Checks the names of the sites, by code (other sites may be there too). */
    static void check(Map<String, Names> sites) {
        Map<String, Names> seed = new java.util.TreeMap<>(sites);
        seed.keySet().retainAll(SEED);
        assertEquals(SEED, seed.keySet(), "every seed site is there");
        for (String language : List.of("en", "fr", "ar", "it")) {
            Map<String, String> seen = new HashMap<>();
            for (var site : seed.entrySet()) {
                Names n = site.getValue();
                String code = site.getKey();
                String name = switch (language) {
                    case "fr" -> n.getFr();
                    case "ar" -> n.getAr();
                    case "it" -> n.getIt();
                    default -> n.getEn();
                };
                assertNotNull(name, code + " has no name in " + language);
                assertEquals(name, n.in(Locale.forLanguageTag(language)), code + " is shown by its " + language + " name");
                if (language.equals("ar")) {
                    assertTrue(name.codePoints().noneMatch(c -> Character.isLetter(c)
                            && Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC),
                            code + "'s Arabic name is in Arabic script: " + name);
                } else {
                    assertTrue(name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                            code + "'s " + language + " name is in Latin script: " + name);
                }
                String other = seen.put(name, code);
                assertTrue(other == null, other + " and " + code + " share the " + language + " name " + name);
            }
        }
        for (String governorate : List.of("TUN", "SFX", "MAH", "SBZ", "KEB")) {
            Names n = seed.get(governorate);
            assertTrue(n.getFr().endsWith("(gouvernorat)") && n.getIt().endsWith("(governatorato)") && n.getAr().startsWith("ولاية "),
                    governorate + " says it is a governorate in each language: " + n);
        }
    }
}
