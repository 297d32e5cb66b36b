package org.masar.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One-line text: bidirectional controls removed, control characters refused, white space one space. */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200E", "\u200F", "\u061C"})
    void bidirectionalControlsAndMarksAreRemoved(String control) {
        assertEquals("Amel Zouari", PlainText.line(control + "Amel " + control + "Zouari" + control));
        assertFalse(PlainText.hasControls(control), "removed, not refused");
    }

    @Test
    void anOverrideCannotReverseWhatFollowsTheName() {
        String spoof = "Amel\u202E000321-XFS-NT";
        assertEquals("Amel000321-XFS-NT", PlainText.line(spoof));
        assertTrue(PlainText.line(spoof).chars().noneMatch(c -> c == 0x202E));
    }

    @Test
    void arabicTextKeepsItsLettersWhenItsMarksGo() {
        assertEquals("أمل الزواري", PlainText.line("\u2067أمل\u200F الزواري\u2069"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0007", "\u001B", "\u001F", "\u007F", "\u0085", "\u009F"})
    void otherControlCharactersAreKeptToBeRefused(String control) {
        String name = PlainText.line("Am" + control + "el");
        assertTrue(PlainText.hasControls(name), "refused beside the field, not silently changed");
        assertTrue(PlainText.hasControls(PlainText.line(control + "Amel")), "at either end too");
        assertTrue(PlainText.hasControls(PlainText.line("Amel" + control)));
    }

    @Test
    void whiteSpaceIsOneSpaceAndBlankIsNone() {
        assertEquals("Abd El Kader", PlainText.line("  Abd\tEl \n Kader\r\n"));
        assertFalse(PlainText.hasControls(PlainText.line("Abd\tEl\nKader")), "tabs and line breaks are white space");
        assertNull(PlainText.line(" \t "));
        assertNull(PlainText.line("\u202E"));
        assertNull(PlainText.line(null));
        assertFalse(PlainText.hasControls(null));
        assertEquals("Zoë O’Brien-Ben Salah", PlainText.line("Zoë O’Brien-Ben Salah"), "letters and marks of names stay");
        assertEquals("Ana\u00A0Maria", PlainText.line("Ana\u00A0Maria"), "a no-break space is not a control");
    }
}
