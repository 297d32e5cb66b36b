package org.masar.pipeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.masar.shared.i18n.Localized;

/** A name typed by an administrator in each language Masar speaks; English stands in for a missing one. */
@Embeddable
public class Names implements Localized {

    public static final int MAX = 120;

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

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

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
    public String toString() {
        return en;
    }
}
