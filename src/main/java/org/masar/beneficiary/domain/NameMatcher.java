package org.masar.beneficiary.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two names are likely the same person's, across the transliterations our users
 * meet every day (Mohamed / Mohammed / Mhamed / Muhammad, Ben / Bin / Ibn, Abdel / Abd El /
 * Abdul, Ch / Sh, Ou / U, accents, hyphens, word order) and across scripts.
 *
 * <p>Each word becomes a consonant skeleton: Latin digraphs and Arabic letters map to one shared
 * alphabet, vowels and the letters that stand for them drop out, doubled letters collapse. So
 * "Mohammed", "Mhamed" and "محمد" all become "mhmd". Particles (ben, bin, ibn, el, al…) are
 * dropped and "Abd el X" is one word. Two names match when every word of the shorter one (at
 * least two words) finds a partner in the other, in any order.
 */
public final class NameMatcher {

    private static final Set<String> LATIN_PARTICLES = Set.of("ben", "bin", "ibn", "bent", "bint", "ould", "el", "al",
            "ul", "de", "di", "da", "la", "le");
    private static final Set<String> ARABIC_PARTICLES = Set.of("بن", "ابن", "بنت", "ولد");
    private static final int FUZZY_MIN_LENGTH = 5;

    private NameMatcher() {
    }

    /** The skeleton words of a name written in Latin letters (any number of parts: first, last…). */
    public static List<String> latin(String... parts) {
        String text = String.join(" ", nonNull(parts));
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^a-z]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.matches("abd(el|al|ul|oul|ou|u)?") && i + 1 < words.size()) {
                // "Abd el Kader", "Abdel Kader", "Abdul Qadir": one name, "abd" + the rest.
                int next = i + 1;
                while (next < words.size() - 1 && LATIN_PARTICLES.contains(words.get(next))) {
                    next++;
                }
                joined.add("abd" + words.get(next));
                i = next;
            } else if (word.matches("abd(el|al|ul|oul|ou)[a-z]{3,}")) {
                joined.add("abd" + word.replaceFirst("abd(el|al|ul|oul|ou)", ""));
            } else if (!LATIN_PARTICLES.contains(word)) {
                joined.add(word.matches("(ben|bin)[a-z]{3,}") ? word.substring(3) : word);
            }
        }
        return joined.stream().map(NameMatcher::latinSkeleton).filter(s -> !s.isEmpty()).toList();
    }

    /** The skeleton words of a name in Arabic script. */
    public static List<String> arabic(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String text = name.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "");
        List<String> words = new ArrayList<>();
        for (String word : text.split("[\\s\\-‐]+")) {
            if (!word.isEmpty() && !ARABIC_PARTICLES.contains(word)) {
                words.add(word);
            }
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("عبد") && i + 1 < words.size()) {
                joined.add(word + stripArticle(words.get(++i)));
            } else {
                joined.add(stripArticle(word));
            }
        }
        return joined.stream().map(NameMatcher::arabicSkeleton).filter(s -> !s.isEmpty()).toList();
    }

    /** A word typed in the name search: matched as the start of a name word, or as a whole skeleton. */
    public record SearchTerm(String prefix, String skeleton) {
    }

    /**
     * The words stored for name search: each word of the names, lower-case without accents or
     * Arabic diacritics, and each transliteration skeleton marked with '~'.
     */
    public static java.util.Set<String> searchTokens(String first, String last, String arabicName) {
        java.util.Set<String> tokens = new java.util.TreeSet<>();
        for (String word : plainWords(first + " " + last)) {
            tokens.add(word);
        }
        latin(first, last).forEach(skeleton -> tokens.add("~" + skeleton));
        if (arabicName != null) {
            for (String word : plainWords(arabicName)) {
                tokens.add(word);
            }
            arabic(arabicName).forEach(skeleton -> tokens.add("~" + skeleton));
        }
        tokens.removeIf(t -> t.length() > 80);
        return tokens;
    }

    /**
     * Whether a name search can find anyone by name: blank (no name filter), or holding at least one
     * letter. Symbols and digits alone ("%", "--", "123") make no word: they must never be read as
     * no filter at all, which would list everyone.
     */
    public static boolean searchable(String typed) {
        return typed == null || typed.isBlank() || !searchTerms(typed).isEmpty();
    }

    /** The terms of a name search, one per word typed. */
    public static List<SearchTerm> searchTerms(String typed) {
        List<SearchTerm> terms = new ArrayList<>();
        for (String word : plainWords(typed)) {
            boolean arabicScript = word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
            List<String> skeletons = arabicScript ? arabic(word) : latin(word);
            String skeleton = skeletons.size() == 1 && skeletons.get(0).length() >= 2 ? "~" + skeletons.get(0) : null;
            terms.add(new SearchTerm(word, skeleton));
        }
        return terms;
    }

    private static List<String> plainWords(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** True when the two names are likely the same person's. */
    public static boolean similar(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (shorter.size() < 2) {
            return shorter.size() == 1 && longer.size() == 1 && shorter.get(0).equals(longer.get(0));
        }
        List<String> free = new ArrayList<>(longer);
        for (String word : shorter) {
            String partner = free.stream().filter(w -> w.equals(word)).findFirst()
                    .orElseGet(() -> free.stream().filter(w -> close(w, word)).findFirst().orElse(null));
            if (partner == null) {
                return false;
            }
            free.remove(partner);
        }
        return true;
    }

    /** Latin names match Latin names, Arabic names Arabic names, and each script the other. */
    public static boolean samePerson(String firstA, String lastA, String arabicA,
                                     String firstB, String lastB, String arabicB) {
        List<String> latinA = latin(firstA, lastA);
        List<String> latinB = latin(firstB, lastB);
        List<String> arabicSkeletonA = arabic(arabicA);
        List<String> arabicSkeletonB = arabic(arabicB);
        return similar(latinA, latinB)
                || !arabicSkeletonA.isEmpty() && similar(arabicSkeletonA, arabicSkeletonB)
                || !arabicSkeletonA.isEmpty() && similar(arabicSkeletonA, latinB)
                || !arabicSkeletonB.isEmpty() && similar(latinA, arabicSkeletonB);
    }

    private static boolean close(String a, String b) {
        return a.length() >= FUZZY_MIN_LENGTH && b.length() >= FUZZY_MIN_LENGTH && withinOneEdit(a, b);
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
            } else {
                if (edited) {
                    return false;
                }
                edited = true;
                if (a.length() > b.length()) {
                    i++;
                } else if (a.length() < b.length()) {
                    j++;
                } else {
                    i++;
                    j++;
                }
            }
        }
        return !edited || i == a.length() && j == b.length();
    }

    static String latinSkeleton(String word) {
        // A leading "ou" before a vowel is the French spelling of w: Ouertani = Wertani.
        String w = (word.matches("ou[aeiy].*") ? "w" + word.substring(2) : word)
                .replace("sch", "S").replace("tch", "S").replace("ch", "S").replace("sh", "S")
                .replace("kh", "h").replace("gh", "g").replace("dh", "d").replace("th", "t")
                .replace("dj", "j").replace("ph", "f").replace("ck", "k").replace("ou", "u")
                .replace('q', 'k').replace('c', 'k').replace("x", "ks");
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0 || c == 'y' && i > 0;
            if (!vowel) {
                append(skeleton, c);
            }
        }
        return skeleton.toString();
    }

    private static String stripArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    static String arabicSkeleton(String word) {
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char mapped = switch (c) {
                case 'ب' -> 'b';
                case 'ت', 'ث', 'ط' -> 't';
                case 'ج' -> 'j';
                case 'ح', 'خ', 'ه' -> 'h';
                case 'د', 'ذ', 'ض', 'ظ' -> 'd';
                case 'ر' -> 'r';
                case 'ز' -> 'z';
                case 'س', 'ص' -> 's';
                case 'ش' -> 'S';
                case 'غ' -> 'g';
                case 'ف' -> 'f';
                case 'ق', 'ك' -> 'k';
                case 'ل' -> 'l';
                case 'م' -> 'm';
                case 'ن' -> 'n';
                case 'و' -> i == 0 ? 'w' : 0;
                case 'ي' -> i == 0 ? 'y' : 0;
                default -> 0; // alif forms, hamza, ain, ta marbuta, alif maqsura: vowels or silent
            };
            if (mapped != 0) {
                append(skeleton, mapped);
            }
        }
        return skeleton.toString();
    }

    private static void append(StringBuilder skeleton, char c) {
        if (skeleton.length() == 0 || skeleton.charAt(skeleton.length() - 1) != c) {
            skeleton.append(c);
        }
    }

    private static String[] nonNull(String[] parts) {
        return java.util.Arrays.stream(parts).map(p -> p == null ? "" : p).toArray(String[]::new);
    }
}
