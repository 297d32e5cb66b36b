package org.masar.beneficiary.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of identity document numbers that are knowable, by type and issuing country: a
 * national identity card is issued by the country of nationality, a residence permit by the
 * country of residence. Numbers are compared and kept without spaces, dashes or slashes, in
 * capitals, so "0812 3456" and "08123456" are one number.
 */
public final class DocumentNumbers {

    /** A shape and the message key that says it to the user. */
    private record Shape(Pattern pattern, String key) {
        boolean fits(String number) {
            return pattern.matcher(number).matches();
        }
    }

    private static final Shape TN_CIN = new Shape(Pattern.compile("\\d{8}"), "document.shape.CIN.TN");
    private static final Shape MA_CNIE = new Shape(Pattern.compile("[A-Z]{1,2}\\d{1,6}"), "document.shape.CIN.MA");
    private static final Shape IT_CIE = new Shape(Pattern.compile("[A-Z]{2}\\d{5}[A-Z]{2}|[A-Z]{2}\\d{7}"),
            "document.shape.CIN.IT");
    private static final Shape PASSPORT = new Shape(Pattern.compile("[A-Z0-9]{6,9}"), "document.shape.PASSPORT");
    private static final Shape OTHER = new Shape(Pattern.compile("[A-Z0-9]{4,20}"), "document.shape.other");

    private DocumentNumbers() {
    }

    /** The number as Masar keeps it: capitals, without spaces, dashes or slashes; null when empty. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String kept = number.replaceAll("[\\s\\-/.]", "").toUpperCase(Locale.ROOT);
        return kept.isEmpty() ? null : kept;
    }

    /**
     * The message key saying the expected shape when the number does not have it, for a document
     * of this type held by someone of this nationality and residence; empty when it fits.
     */
    public static Optional<String> misshapen(DocumentType type, String nationality, String residence, String number) {
        if (type == null || type == DocumentType.NONE || number == null) {
            return Optional.empty();
        }
        Shape shape = switch (type) {
            case CIN -> switch (nationality == null ? "" : nationality) {
                case "TN" -> TN_CIN;
                case "MA" -> MA_CNIE;
                case "IT" -> IT_CIE;
                default -> OTHER;
            };
            case PASSPORT -> PASSPORT;
            default -> OTHER;
        };
        return shape.fits(normalise(number)) ? Optional.empty() : Optional.of(shape.key());
    }
}
