package org.masar.beneficiary.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            '22 123 456',        TN, +21622123456
            '22.123.456',        TN, +21622123456
            '+216 98 765 432',   TN, +21698765432
            '00216 98765432',    IT, +21698765432
            '06 12 34 56 78',    MA, +212612345678
            '0612-345678',       MA, +212612345678
            '+212 6 12 34 56 78',TN, +212612345678
            '347 123 4567',      IT, +393471234567
            '02 1234 5678',      IT, +390212345678
            '+33 6 12 34 56 78', TN, +33612345678
            '2212345',           TN, -
            '221234567',         TN, -
            '612345678',         MA, -
            '+216 221 23',       TN, -
            'call me',           TN, -
            '12345678',          FR, -
            '',                  TN, -
            """)
    void localNumbersBecomeE164(String typed, String country, String expected) {
        assertEquals(Optional.ofNullable(expected), PhoneNumbers.normalise(typed, country));
    }
}
