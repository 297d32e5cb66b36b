package org.masar.shared.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets Bean Validation messages come from Masar's own bundle: a template "{key}" found there is
 * used (then interpolated as usual), anything else falls back to the provider's messages.
 * Registered in META-INF/validation.xml.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([\\w.]+)}");
    private final MessageInterpolator fallback =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Matcher key = KEY.matcher(template);
        if (key.matches()) {
            try {
                String own = ResourceBundle.getBundle(Texts.BUNDLE, Texts.supported(locale)).getString(key.group(1));
                return fallback.interpolate(own, context, locale);
            } catch (MissingResourceException notOurs) {
                // a provider key such as {jakarta.validation.constraints.NotBlank.message}
            }
        }
        return fallback.interpolate(template, context, locale);
    }
}
