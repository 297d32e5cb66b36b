package org.masar.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.util.Locale;
import org.masar.shared.i18n.LocalDates;
import org.masar.shared.i18n.Texts;

/**
 * Every date of a page, typed or shown, in the reader's language ({@link LocalDates}): the date
 * fields of {@code WEB-INF/tags/date.xhtml} parse with it, and pages print a date with
 * {@code <h:outputText value="#{x.date}" converter="masar.date"/>}. A date that does not exist
 * (1999-02-31) is refused next to its field with the shape to type, never turned into another day.
 */
@FacesConverter("masar.date")
public class DateConverter implements Converter<LocalDate> {

    public static final String INVALID = "date.invalid";

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return read(value, locale(context));
    }

    /** The date typed by a reader of {@code locale}; null when blank (required is the field's business). */
    static LocalDate read(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDates.parse(value, locale).orElseThrow(() -> {
            String text = Texts.get(locale, INVALID);
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return LocalDates.format(value, locale(context));
    }

    static Locale locale(FacesContext context) {
        return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
