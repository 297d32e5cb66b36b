package org.masar.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.masar.shared.i18n.Texts;

/**
 * A time of day typed as HH:MM (9:30 reads too), in every language; shown as HH:MM. What does not
 * read is refused next to its field, never turned into another time.
 */
@FacesConverter("masar.time")
public class TimeConverter implements Converter<LocalTime> {

    public static final String INVALID = "time.invalid";

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.trim();
        try {
            return LocalTime.parse(typed.length() == 4 && typed.charAt(1) == ':' ? "0" + typed : typed);
        } catch (DateTimeParseException unreadable) {
            String text = Texts.get(DateConverter.locale(context), INVALID);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : value.toString();
    }
}
