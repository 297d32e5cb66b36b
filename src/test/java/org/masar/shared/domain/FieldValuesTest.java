package org.masar.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a body's codes and dates as text: any case, every field that does not read named at once, with what it accepts. */
class FieldValuesTest {

    enum Colour { RED, DARK_BLUE }

    @Test
    void codesReadInAnyCaseAndBlankIsNone() {
        FieldValues read = new FieldValues();
        assertEquals(Colour.RED, read.constant(Colour.class, "colour", "red"));
        assertEquals(Colour.DARK_BLUE, read.constant(Colour.class, "colour", " Dark_Blue "));
        assertNull(read.constant(Colour.class, "colour", " "));
        assertNull(read.constant(Colour.class, "colour", null));
        assertEquals(List.of(Colour.RED, Colour.DARK_BLUE), read.constants(Colour.class, "colours", List.of("Red", "dark_blue")));
        assertNull(read.constants(Colour.class, "colours", null));
        assertDoesNotThrow(read::check);
    }

    @Test
    void datesReadAsYearMonthDayAndOnlyRealDays() {
        FieldValues read = new FieldValues();
        assertEquals(LocalDate.of(2000, 2, 29), read.date("birthDate", "2000-02-29"));
        assertNull(read.date("birthDate", ""));
        assertDoesNotThrow(read::check);
        for (String wrong : new String[] {"1990-13-45", "1990-02-30", "1999-02-29", "04/03/1999", "1999-3-4", "yesterday"}) {
            FieldValues again = new FieldValues();
            assertNull(again.date("birthDate", wrong));
            InvalidInput refused = assertThrows(InvalidInput.class, again::check, wrong);
            assertEquals(Map.of("birthDate", "api.error.date"), refused.fieldKeys(), wrong);
        }
    }

    @Test
    void everyFieldThatDoesNotReadIsNamedAtOnceWithWhatItAccepts() {
        FieldValues read = new FieldValues();
        read.constant(Colour.class, "colour", "green");
        read.date("birthDate", "1990-13-45");
        read.constants(Colour.class, "colours", List.of("red", "purple", "pink"));
        read.constant(Colour.class, "fine", "RED");
        InvalidInput refused = assertThrows(InvalidInput.class, read::check);
        assertEquals(List.of("colour", "birthDate", "colours"), List.copyOf(refused.fieldKeys().keySet()), "in order, once each");
        assertEquals("api.error.unknownValue", refused.fieldKeys().get("colour"));
        assertArrayEquals(new Object[] {"RED, DARK_BLUE"}, refused.arguments("colour"));
        assertArrayEquals(new Object[] {"RED, DARK_BLUE"}, refused.arguments("colours"));
        assertEquals(0, refused.arguments("birthDate").length);
    }

    @Test
    void aSingleUnknownCodeSaysWhatItsFieldAccepts() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Codes.constant(Colour.class, "colour", "x"));
        assertEquals(Map.of("colour", "api.error.unknownValue"), refused.fieldKeys());
        assertEquals("[RED, DARK_BLUE]", Arrays.toString(refused.arguments("colour")));
        assertEquals("Not one of the accepted values: RED, DARK_BLUE (in any case).",
                org.masar.shared.i18n.Texts.get(java.util.Locale.ENGLISH, "api.error.unknownValue", refused.arguments("colour")));
        assertEquals("Ce n’est pas une des valeurs acceptées : RED, DARK_BLUE (majuscules ou minuscules).",
                org.masar.shared.i18n.Texts.get(java.util.Locale.FRENCH, "api.error.unknownValue", refused.arguments("colour")));
    }

    @Test
    void wholeNumbersReadWithinTheirRangeAndAnythingElseIsNamed() {
        FieldValues read = new FieldValues();
        assertEquals(0, read.whole("page", "0", 0, Integer.MAX_VALUE, "api.error.paging"));
        assertEquals(2147483647, read.whole("page", " 2147483647 ", 0, Integer.MAX_VALUE, "api.error.paging"));
        assertEquals(200, read.whole("size", "+200", 1, 200, "api.error.paging"));
        assertNull(read.whole("size", "", 1, 200, "api.error.paging"));
        assertDoesNotThrow(read::check);
        for (String wrong : new String[] {"abc", "1.5", "-1", "2147483648", "99999999999999999999", "1e3", "0x10", "201"}) {
            FieldValues again = new FieldValues();
            assertNull(again.whole("page", wrong, 0, 200, "api.error.paging"), wrong);
            assertEquals(Map.of("page", "api.error.paging"), assertThrows(InvalidInput.class, again::check).fieldKeys(), wrong);
        }
    }
}
