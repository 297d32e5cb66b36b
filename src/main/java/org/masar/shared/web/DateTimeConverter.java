package org.masar.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import org.masar.shared.i18n.LocalDates;

/**
 * Shows a wall-clock moment (already in the reader's zone) with the reader's date and a 24-hour
 * time: {@code <h:outputText value="#{r.localAt}" converter="masar.dateTime"/>}. For output only.
 */
@FacesConverter("masar.dateTime")
public class DateTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("masar.dateTime shows moments; it reads none");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return LocalDates.format(value, DateConverter.locale(context), withSeconds());
    }

    boolean withSeconds() {
        return false;
    }

    /** The same to the second, for the audit trail, whose entries a reader compares one by one. */
    @FacesConverter("masar.dateTimeSeconds")
    public static class WithSeconds extends DateTimeConverter {

        @Override
        boolean withSeconds() {
            return true;
        }
    }
}
