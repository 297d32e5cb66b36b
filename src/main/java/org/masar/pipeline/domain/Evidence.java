package org.masar.pipeline.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.masar.shared.i18n.Localized;
import org.masar.shared.i18n.Texts;

/**
 * What the records say of one entry criterion bound to an evidence source: met or not, a summary
 * as a message key and its arguments ("attendance 86 % of 14 sessions, rule 80 %", said in the
 * reader's language), and the record that meets it (its kind and id), when one does. Arguments
 * are kept as text, so that the summary reads the same at the move and, stored, in its history.
 */
public record Evidence(boolean met, String summaryKey, List<String> arguments, String recordKind, Long recordId)
        implements Localized {

    public static final int KEY_MAX = 120;
    public static final int ARGUMENTS_MAX = 400;
    public static final int KIND_MAX = 32;
    /** Between two stored arguments: a character no summary argument holds. */
    private static final String SEPARATOR = "\u001F";

    public Evidence {
        if (summaryKey == null || summaryKey.isBlank() || summaryKey.length() > KEY_MAX) {
            throw new IllegalArgumentException("an evidence summary is a message key: " + summaryKey);
        }
        arguments = List.copyOf(arguments);
        if (recordKind != null && recordKind.length() > KIND_MAX) {
            throw new IllegalArgumentException("a record kind has at most " + KIND_MAX + " characters: " + recordKind);
        }
    }

    /** Met by the record {@code kind} {@code id}. */
    public static Evidence met(String kind, long id, String summaryKey, Object... arguments) {
        return new Evidence(true, summaryKey, texts(arguments), kind, id);
    }

    /** Not met; the summary says why (the record that falls short may be named, or none). */
    public static Evidence unmet(String kind, Long id, String summaryKey, Object... arguments) {
        return new Evidence(false, summaryKey, texts(arguments), kind, id);
    }

    /** A criterion bound to a source that is not deployed: never met, and saying so. */
    public static Evidence sourceAbsent(String sourceKey) {
        return unmet(null, null, "evidence.sourceAbsent", sourceKey);
    }

    /** The evidence as a history line stored it. */
    public static Evidence stored(boolean met, String summaryKey, String arguments, String kind, Long id) {
        return new Evidence(met, summaryKey, arguments == null || arguments.isEmpty() ? List.of()
                : List.of(arguments.split(SEPARATOR, -1)), kind, id);
    }

    /** The arguments as one stored text; null when none. */
    public String storedArguments() {
        if (arguments.isEmpty()) {
            return null;
        }
        String joined = String.join(SEPARATOR, arguments);
        return joined.length() <= ARGUMENTS_MAX ? joined : joined.substring(0, ARGUMENTS_MAX);
    }

    /** The summary in the reader's language. */
    @Override
    public String in(Locale locale) {
        return Texts.get(locale, summaryKey, arguments.toArray());
    }

    private static List<String> texts(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
