package org.masar.shared.api;

import java.util.Locale;

/** Values read from requests of the REST API. */
public final class ApiValues {

    private ApiValues() {
    }

    /** The language of the answer: the first of Accept-Language that Masar speaks, English otherwise. */
    public static Locale locale(jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.List<Locale> accepted = headers == null ? java.util.List.of() : headers.getAcceptableLanguages();
        return org.masar.shared.i18n.Texts.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

}
