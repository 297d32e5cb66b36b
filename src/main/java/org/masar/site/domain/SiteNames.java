package org.masar.site.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.i18n.Localized;

/**
 * A site's name in each language Masar speaks. English is required and stands in for a missing
 * translation; blanks are no translation at all.
 */
public record SiteNames(
        @NotBlank @Size(max = Site.NAME_MAX) String en,
        @Size(max = Site.NAME_MAX) String fr,
        @Size(max = Site.NAME_MAX) String ar,
        @Size(max = Site.NAME_MAX) String it) implements Localized {

    public SiteNames {
        en = clean(en);
        fr = clean(fr);
        ar = clean(ar);
        it = clean(it);
    }

    /** A name given in English only. */
    public static SiteNames of(String en) {
        return new SiteNames(en, null, null, null);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * These names, or the refusal of those a site cannot have, each next to its field of the site
     * form (nameEn, nameFr, nameAr, nameIt): no English name, or one longer than {@link Site#NAME_MAX}.
     */
    public SiteNames checked() {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        java.util.Map<String, Object[]> arguments = new java.util.LinkedHashMap<>();
        if (en == null) {
            problems.put("nameEn", "site.error.nameRequired");
        }
        String[][] fields = {{"nameEn", en}, {"nameFr", fr}, {"nameAr", ar}, {"nameIt", it}};
        for (String[] field : fields) {
            if (field[1] != null && field[1].length() > Site.NAME_MAX) {
                problems.put(field[0], "site.error.nameTooLong");
                arguments.put(field[0], new Object[] {Site.NAME_MAX});
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems, arguments);
        }
        return this;
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
}
