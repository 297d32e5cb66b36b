package org.masar.shared.i18n;

import java.util.Locale;

/** A message argument that is data with a text per language, such as a stage's name. */
public interface Localized {
    String in(Locale locale);
}
