package org.masar.internship.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two host names share when they name one company: accents, case, punctuation and spaces
 * gone, and the legal form left off (S.r.l., SpA, S.n.c., S.a.s., SARL, SUARL, SA, SAS, Ltd,
 * GmbH…) — "Tessitura Rossi S.r.l." and "TESSITURA ROSSI SRL" and "Tessitura  Rossi" are one.
 * Registration numbers (VAT, RNE, ICE) keep their letters and digits only.
 */
public final class HostNames {

    /** Legal forms, with their dots and spaces already gone, as the last word(s) of a name. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(srls|srl|spa|snc|sas|sapa|scarl|scrl|scpa|sarlau|sarl|suarl|sa|ltd|limited|gmbh|inc|llc|coop|onlus|ets)$");

    private HostNames() {
    }

    /** The comparison key of a name; empty for a name of a legal form alone, or of no letters or digits: not a name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('&', ' ');
        // Words of letters and digits; a legal form written with dots or spaces (S. r. l.) is one word.
        String[] words = plain.split("[^\\p{L}\\p{N}.]+");
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            key.append(w.replace(".", ""));
            key.append(' ');
        }
        String joined = key.toString().trim();
        // The legal form may be split over words ("s r l"); stuck to the name's last word ("rossisrl") it stays.
        String spaced = joined;
        for (int guard = 0; guard < 3; guard++) {
            String cut = cutLegalForm(spaced);
            if (cut.equals(spaced)) {
                break;
            }
            spaced = cut;
        }
        return spaced.replace(" ", "");
    }

    /** Drops a legal form that ends the name as separate words ("rossi s r l", "rossi srl"). */
    private static String cutLegalForm(String spaced) {
        String[] words = spaced.split(" ");
        // Try the last one to four words glued together.
        for (int n = Math.min(4, words.length); n >= 1; n--) {
            StringBuilder tail = new StringBuilder();
            for (int i = words.length - n; i < words.length; i++) {
                tail.append(words[i]);
            }
            if (LEGAL_FORM.matcher(tail).matches()) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - n));
            }
        }
        return spaced;
    }

    /** A registration number's key: letters and digits, upper case; empty when none. */
    public static String numberKey(String number) {
        String key = number == null ? "" : number.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
        // A VAT number written with its country prefix (IT01234567890) is the same number.
        return key.matches("[A-Z]{2}\\d{8,}") ? key.substring(2) : key;
    }
}
