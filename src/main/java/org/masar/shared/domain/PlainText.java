package org.masar.shared.domain;

import java.util.regex.Pattern;

/**
 * Text people type on one line, such as a person's names: what may be kept of it, what is
 * refused.
 *
 * <p>The controls and marks of bidirectional text — embeddings and overrides U+202A–U+202E,
 * isolates U+2066–U+2069, and the marks U+200E, U+200F, U+061C — are <em>removed</em>. They are
 * invisible and mean nothing in a stored name, yet an override such as U+202E left open in a
 * name reverses whatever is shown after it (a name that makes "TN-SFX-000123" read backwards in a
 * list, an export or an e-mail). Refusing them would stop a case worker with an error about
 * characters they cannot see: they come along when Arabic text is copied from a phone, a PDF or
 * a word processor. Names keep their own direction on pages through {@code <bdi>}.
 *
 * <p>Other control characters (U+0000–U+001F, U+007F–U+009F) are <em>refused</em>, with a
 * message beside the field ({@link #NO_CONTROLS}): nobody types them, a name holding one comes
 * from a broken import or a probe, and in an Excel export or a log they break the file or the
 * line. Tabs and line breaks are white space and become one space, as runs of spaces do.
 */
public final class PlainText {

    /** For {@code @Pattern}: no control character, but for the white space {@link #line} makes a space. */
    public static final String NO_CONTROLS = "[\\P{Cc}\\s]*";

    private static final Pattern BIDI = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^ | $");

    private PlainText() {
    }

    /** The text without bidirectional controls and marks, its white space one space, trimmed; null when nothing is left. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        // Not String.trim(), which would drop control characters at either end rather than refuse them.
        String kept = EDGES.matcher(SPACES.matcher(BIDI.matcher(text).replaceAll("")).replaceAll(" ")).replaceAll("");
        return kept.isEmpty() ? null : kept;
    }

    /** Whether the text holds a control character that {@link #line} keeps, and so must be refused. */
    public static boolean hasControls(String text) {
        return text != null && !text.matches(NO_CONTROLS);
    }
}
