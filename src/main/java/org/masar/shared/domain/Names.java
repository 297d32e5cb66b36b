package org.masar.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.masar.shared.i18n.Localized;

/**
 * A name typed by an administrator in each language Masar speaks (a stage, a criterion, a site).
 * English is required and stands in for a missing translation; blanks are no translation at all.
 * Embedded as {@code name_en … name_it}; a site keeps its own columns and hands out its names as one.
 */
@Embeddable
public class Names implements Localized {

    public static final int MAX = 120;

    /** What may be wrong with one language's name. */
    public enum Problem {
        /** No English name: every language falls back to it. */
        REQUIRED,
        /** Longer than {@link #MAX}. */
        TOO_LONG
    }

    @Column(name = "name_en", nullable = false, length = MAX)
    private String en;

    @Column(name = "name_fr", length = MAX)
    private String fr;

    @Column(name = "name_ar", length = MAX)
    private String ar;

    @Column(name = "name_it", length = MAX)
    private String it;

    protected Names() {
    }

    public Names(String en, String fr, String ar, String it) {
        this.en = clean(en);
        this.fr = clean(fr);
        this.ar = clean(ar);
        this.it = clean(it);
    }

    /** A name given in English only. */
    public static Names of(String en) {
        return new Names(en, null, null, null);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * What keeps these names from being stored, by language (en, fr, ar, it, in that order):
     * no English name, or one longer than {@link #MAX}. Empty when they may be stored; each
     * feature says the refusal in its own words and next to its own fields.
     */
    public Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (en == null) {
            problems.put("en", Problem.REQUIRED);
        }
        all().forEach((language, name) -> {
            if (name != null && name.length() > MAX) {
                problems.put(language, Problem.TOO_LONG);
            }
        });
        return problems;
    }

    /** The four names by language (en, fr, ar, it), null where none was given. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("en", en);
        all.put("fr", fr);
        all.put("ar", ar);
        all.put("it", it);
        return all;
    }

    /** The name in the reader's language, English when that language has none. */
    @Override
    public String in(Locale locale) {
        String found = switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> fr;
            case "ar" -> ar;
            case "it" -> it;
            default -> en;
        };
        return found == null ? en : found;
    }

    public String getEn() {
        return en;
    }

    public String getFr() {
        return fr;
    }

    public String getAr() {
        return ar;
    }

    public String getIt() {
        return it;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Names n && Objects.equals(en, n.en) && Objects.equals(fr, n.fr)
                && Objects.equals(ar, n.ar) && Objects.equals(it, n.it);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, fr, ar, it);
    }

    @Override
    public String toString() {
        return en;
    }
}
