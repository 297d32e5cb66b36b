package org.masar.beneficiary.domain;

import java.util.Optional;

/**
 * Turns a phone number typed the local way into E.164. Tunisian numbers have 8 digits,
 * Moroccan ones a leading 0 and 9 more, Italian ones 6 to 11 digits (mobiles start with 3,
 * landlines with 0). Other countries must be typed with their +prefix or 00 prefix.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * @param typed what the user typed: spaces, dots, dashes and brackets are ignored
     * @param country ISO code of the country the number is most likely from (the site's)
     * @return the E.164 number, or empty when it cannot be one
     */
    public static Optional<String> normalise(String typed, String country) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String compact = typed.trim().replaceAll("[\\s.\\-()/]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (compact.startsWith("+")) {
            String digits = compact.substring(1);
            if (!digits.matches("\\d{8,15}")) {
                return Optional.empty();
            }
            return checkKnown("+" + digits);
        }
        if (!compact.matches("\\d+")) {
            return Optional.empty();
        }
        String local = switch (country == null ? "" : country) {
            case "TN" -> compact.matches("\\d{8}") ? "+216" + compact : null;
            case "MA" -> compact.matches("0[5-7]\\d{8}") ? "+212" + compact.substring(1) : null;
            case "IT" -> compact.matches("(3\\d{8,9}|0\\d{5,10})") ? "+39" + compact : null;
            default -> null;
        };
        return Optional.ofNullable(local);
    }

    /** Numbers of our three countries must also have the right length after their prefix. */
    private static Optional<String> checkKnown(String e164) {
        if (e164.startsWith("+216")) {
            return e164.matches("\\+216\\d{8}") ? Optional.of(e164) : Optional.empty();
        }
        if (e164.startsWith("+212")) {
            return e164.matches("\\+212[5-7]\\d{8}") ? Optional.of(e164) : Optional.empty();
        }
        if (e164.startsWith("+39")) {
            return e164.matches("\\+39(3\\d{8,9}|0\\d{5,10})") ? Optional.of(e164) : Optional.empty();
        }
        return Optional.of(e164);
    }
}
