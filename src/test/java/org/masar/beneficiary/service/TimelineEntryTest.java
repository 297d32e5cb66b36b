package org.masar.beneficiary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.masar.shared.i18n.Texts;

/** A page keeps its timeline in view scope: the entries must survive serialisation, in every language. */
class TimelineEntryTest {

    /** Something a source's lambda captures that cannot be serialised, as an entity of its transaction. */
    private static final class Unserialisable {
        String stage(Locale locale) {
            return Texts.get(locale, "enrolment.status.DROPPED");
        }
    }

    @Test
    void anEntryBuiltFromASourcesLambdaSerialisesAndStillSpeaksEachLanguage() throws IOException, ClassNotFoundException {
        Unserialisable transition = new Unserialisable();
        TimelineEntry entry = new TimelineEntry(LocalDateTime.of(2026, 3, 1, 9, 30), "move.DROP", "move-DROP", "sfax",
                transition::stage, TimelineEntry.data("Moved to Tunis"), 7L);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(List.of(entry.by("Sami Trabelsi")));
        }
        TimelineEntry back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = ((List<?>) in.readObject()).stream().map(TimelineEntry.class::cast).findFirst().orElseThrow();
        }

        for (String language : Texts.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            assertEquals(Texts.get(locale, "enrolment.status.DROPPED"), back.title(locale), language);
            assertEquals("Moved to Tunis", back.detail(locale));
        }
        assertEquals(Texts.get(Locale.ENGLISH, "enrolment.status.DROPPED"), back.title(Locale.GERMAN),
                "a language Masar does not speak reads English");
        assertEquals("Sami Trabelsi", back.getWhoName());
        assertEquals(7L, back.getEnrolmentId());
    }

    @Test
    void anEntryWithoutDetailHasNone() {
        TimelineEntry entry = new TimelineEntry(LocalDateTime.of(2026, 3, 1, 9, 30), "note", "note", "sfax",
                TimelineEntry.data("A note"), null, null);
        assertNull(entry.detail(Locale.FRENCH));
        assertEquals("A note", entry.title(Locale.FRENCH));
    }
}
