package org.masar.shared.i18n;

import java.util.Locale;

/** The language the person reading a page chose: the session's, once signed in the one remembered for them. */
public interface ReaderLocale {

    Locale getLocale();
}
