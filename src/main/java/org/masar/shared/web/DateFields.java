package org.masar.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.masar.shared.i18n.LocalDates;

/** What the date field tag ({@code WEB-INF/tags/date.xhtml}) asks of the reader's language. */
@Named("dateFields")
@ApplicationScoped
public class DateFields {

    /** The pattern p:datePicker writes a picked day in, and its calendar reads a typed one with. */
    public String getPattern() {
        return LocalDates.pattern(DateConverter.locale(FacesContext.getCurrentInstance()));
    }
}
