package org.masar.internship.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HostNamesTest {

    @Test
    void legalFormsCaseAccentsPunctuationAndSpacesAreSetAside() {
        String key = HostNames.key("Tessitura Rossi S.r.l.");
        assertEquals("tessiturarossi", key);
        for (String same : new String[] {"TESSITURA ROSSI SRL", "Tessitura  Rossi", "tessitura rossi s. r. l.",
                "Tessitura Rossi, Srl", "Tessitura-Rossi S.R.L.S.", "Tessitura Rossi srl "}) {
            assertEquals(key, HostNames.key(same), same);
        }
        assertEquals(HostNames.key("Meccanica Piemontese & C."), HostNames.key("Meccanica Piemontese & C. S.p.A."),
                "the & goes, the C. of \"& C.\" stays a word of the name");
        assertEquals(HostNames.key("Café Lumière SARL"), HostNames.key("CAFE LUMIERE"));
        assertEquals(HostNames.key("Atlas Textile SA"), HostNames.key("atlas textile"));
        assertEquals(HostNames.key("Nord Logistica S.n.c."), HostNames.key("Nord Logistica"));
        assertEquals(HostNames.key("Gruppo Verde S.a.s."), HostNames.key("Gruppo Verde"));
        assertEquals(HostNames.key("Sud Tech Ltd"), HostNames.key("Sud Tech"));
    }

    @Test
    void aNameThatEndsLikeALegalFormInsideAWordKeepsIt() {
        assertNotEquals(HostNames.key("Lasa"), HostNames.key("La"), "sa inside a word is not a legal form");
        assertEquals("casa", HostNames.key("Casa"));
        assertEquals("", HostNames.key("S.p.A."), "a legal form alone is no name");
        assertNotEquals(HostNames.key("Rossi Tessuti"), HostNames.key("Rossi Tessitura"));
    }

    @Test
    void registrationNumbersKeepTheirLettersAndDigitsWithoutTheCountryPrefix() {
        assertEquals("01234567890", HostNames.numberKey("IT 012 345 678 90"));
        assertEquals("01234567890", HostNames.numberKey("01234567890"));
        assertEquals("1234567A", HostNames.numberKey("1234567/A"));
        assertEquals("", HostNames.numberKey(" - "));
    }
}
