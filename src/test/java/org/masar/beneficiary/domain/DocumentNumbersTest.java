package org.masar.beneficiary.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void numbersAreKeptInCapitalsWithoutSpacesOrDashes() {
        assertEquals("08123456", DocumentNumbers.normalise(" 0812 3456 "));
        assertEquals("BE123456", DocumentNumbers.normalise("be-123456"));
        assertEquals("CA12345AB", DocumentNumbers.normalise("ca 12345 ab"));
        assertNull(DocumentNumbers.normalise(" - "));
    }

    @Test
    void aTunisianIdentityCardHasEightDigits() {
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.CIN, "TN", "TN", "08123456"));
        assertEquals(Optional.of("document.shape.CIN.TN"), DocumentNumbers.misshapen(DocumentType.CIN, "TN", "TN", "1234"));
        assertEquals(Optional.of("document.shape.CIN.TN"),
                DocumentNumbers.misshapen(DocumentType.CIN, "TN", "IT", "A1234567"));
    }

    @Test
    void aMoroccanCnieIsOneOrTwoLettersThenDigits() {
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.CIN, "MA", "MA", "BK100001"));
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.CIN, "MA", "MA", "A12345"));
        assertEquals(Optional.of("document.shape.CIN.MA"), DocumentNumbers.misshapen(DocumentType.CIN, "MA", "MA", "12345678"));
    }

    @Test
    void anItalianCardIsTheElectronicOrThePaperShape() {
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.CIN, "IT", "IT", "CA12345AB"));
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.CIN, "IT", "IT", "AA1234567"));
        assertEquals(Optional.of("document.shape.CIN.IT"), DocumentNumbers.misshapen(DocumentType.CIN, "IT", "IT", "12345"));
    }

    @Test
    void passportsAndPermitsHaveTheirGeneralShapes() {
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.PASSPORT, "TN", "IT", "IT3000001"));
        assertEquals(Optional.of("document.shape.PASSPORT"), DocumentNumbers.misshapen(DocumentType.PASSPORT, "TN", "IT", "12"));
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.RESIDENCE_PERMIT, "MA", "IT", "IT3000001"));
        assertEquals(Optional.of("document.shape.other"),
                DocumentNumbers.misshapen(DocumentType.RESIDENCE_PERMIT, "MA", "IT", "A1"));
        assertEquals(Optional.empty(), DocumentNumbers.misshapen(DocumentType.NONE, "TN", "TN", null));
    }
}
