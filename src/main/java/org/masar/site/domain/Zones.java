package org.masar.site.domain;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/** The time zone of each country Masar works in: a site's dates are those of its country. */
public final class Zones {

    private static final Map<String, ZoneId> BY_COUNTRY = Map.of(
            "TN", ZoneId.of("Africa/Tunis"),
            "MA", ZoneId.of("Africa/Casablanca"),
            "IT", ZoneId.of("Europe/Rome"));

    private Zones() {
    }

    /** The zone of a country by its ISO code; UTC for a country Masar has no zone for. */
    public static ZoneId of(String countryCode) {
        return countryCode == null ? ZoneOffset.UTC : BY_COUNTRY.getOrDefault(countryCode, ZoneOffset.UTC);
    }

    /** The country code a site path starts with ("/TN/SFX/" → "TN"). */
    static String countryOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : null;
    }
}
