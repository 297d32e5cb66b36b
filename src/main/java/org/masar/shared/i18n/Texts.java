package org.masar.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one message bundle, for code that speaks outside a Faces page (REST errors, validation). */
public final class Texts {

    public static final String BUNDLE = "org.masar.i18n.Messages";
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "it");

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Localized localized) {
                shown[i] = localized.in(bundle.getLocale());
            } else if (shown[i] instanceof java.time.LocalDate date) {
                // A date in a sentence reads as the reader writes dates (LocalDates), not as its toString.
                shown[i] = LocalDates.format(date, bundle.getLocale());
            }
        }
        // Numbers as dates: in Arabic, the Western digits of Tunisia that the rest of the page shows.
        Locale numbers = "ar".equals(bundle.getLocale().getLanguage()) ? ARABIC : bundle.getLocale();
        return new MessageFormat(pattern, numbers).format(shown);
    }

    /**
     * The requested language when Masar speaks it, English otherwise. Arabic is that of Tunisia,
     * so that numbers and dates keep the Western digits our users write.
     */
    /**
     * A text in every language, worked out now: while its data is at hand (inside its source's
     * transaction), and into plain strings a view-scoped page can keep and serialise.
     */
    public static java.util.Map<String, String> inEveryLanguage(Localized text) {
        java.util.Map<String, String> said = new java.util.HashMap<>();
        for (String language : LANGUAGES) {
            said.put(language, text.in(supported(Locale.forLanguageTag(language))));
        }
        return said;
    }

    /** What {@link #inEveryLanguage} said in the reader's language (English for one Masar does not speak). */
    public static String in(java.util.Map<String, String> said, Locale locale) {
        String language = supported(locale).getLanguage();
        return said.containsKey(language) ? said.get(language) : said.get("en");
    }

    public static Locale supported(Locale requested) {
        if (requested != null && LANGUAGES.contains(requested.getLanguage())) {
            return "ar".equals(requested.getLanguage()) ? ARABIC : Locale.forLanguageTag(requested.getLanguage());
        }
        return Locale.ENGLISH;
    }

    private static final Locale ARABIC = Locale.forLanguageTag("ar-TN");

    public static boolean isRightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }
}
