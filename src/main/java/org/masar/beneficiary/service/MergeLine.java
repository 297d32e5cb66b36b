package org.masar.beneficiary.service;

import java.util.List;
import java.util.Locale;
import org.masar.shared.i18n.Texts;

/** A line of a merge's preview: a key of the message bundle and its arguments, read in the reader's language. */
public record MergeLine(String key, List<Object> arguments) implements org.masar.shared.i18n.Localized {

    public static MergeLine of(String key, Object... arguments) {
        return new MergeLine(key, List.of(arguments));
    }

    @Override
    public String in(Locale locale) {
        return Texts.get(locale, key, arguments.toArray());
    }
}
