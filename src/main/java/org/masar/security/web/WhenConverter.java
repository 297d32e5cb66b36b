package org.masar.security.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.masar.security.service.CurrentUser;
import org.masar.shared.i18n.LocalDates;

/**
 * Shows a moment Masar stored (in UTC) as the clock on the reader's wall says it: in the zone of
 * their first site, with the date in the reader's language ({@link LocalDates}). For output only:
 * {@code <h:outputText value="#{t.at}" converter="masar.when"/>}.
 */
@FacesConverter("masar.when")
public class WhenConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("masar.when shows moments; it reads none");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime utc) {
        if (utc == null) {
            return "";
        }
        CurrentUser reader = CDI.current().select(CurrentUser.class).get();
        return LocalDates.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(reader.scope().zone()).toLocalDateTime(),
                context.getViewRoot().getLocale(), false);
    }
}
