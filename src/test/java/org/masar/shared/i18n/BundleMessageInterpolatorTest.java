package org.masar.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A constraint that names no key of ours still speaks the reader's language, with its attributes filled in. */
class BundleMessageInterpolatorTest {

    record Form(@NotBlank String name, @Size(min = 2, max = 5) String code) {
    }

    private static Set<String> messages(Locale locale, Form form) {
        MessageInterpolator bundle = new BundleMessageInterpolator();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return bundle.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return bundle.interpolate(template, context, locale);
            }
        };
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure().messageInterpolator(inLocale)
                .buildValidatorFactory()) {
            Set<String> shown = new TreeSet<>();
            factory.getValidator().validate(form).forEach(v -> shown.add(v.getMessage()));
            return shown;
        }
    }

    @Test
    void providerConstraintsSpeakEachLanguage() {
        Form form = new Form(" ", "TOO-LONG");
        assertEquals(Set.of("This field is required.", "Use from 2 to 5 characters."), messages(Locale.ENGLISH, form));
        assertEquals(Set.of("Ce champ est obligatoire.", "Utilisez de 2 à 5 caractères."), messages(Locale.FRENCH, form));
        assertEquals(Set.of("هذا الحقل إلزامي.", "استعمل من 2 إلى 5 حرفًا."), messages(Locale.forLanguageTag("ar"), form));
        assertEquals(Set.of("Campo obbligatorio.", "Usa da 2 a 5 caratteri."), messages(Locale.ITALIAN, form));
    }
}
