package org.masar.shared.api;

import java.util.Locale;
import org.masar.shared.domain.InvalidInput;

/** Values read from requests of the REST API. */
public final class ApiValues {

    private ApiValues() {
    }

    /** The language of the answer: the first of Accept-Language that Masar speaks, English otherwise. */
    public static Locale locale(jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.List<Locale> accepted = headers == null ? java.util.List.of() : headers.getAcceptableLanguages();
        return org.masar.shared.i18n.Texts.supported(accepted.isEmpty() ? null : accepted.get(0));
    }

    /** An enum constant named in any case; blank is none, an unknown name is bad input (400), not an unknown resource. */
    public static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        return org.masar.shared.domain.Codes.constant(type, field, value);
    }
}
