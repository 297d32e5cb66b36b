package org.masar.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.masar.shared.domain.PlainText;

/**
 * A one-line text field (a name) read as {@link PlainText#line} keeps it, before the field's
 * rules check it: bidirectional controls removed, white space one space, blank none.
 */
@FacesConverter("masar.line")
public class LineConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return PlainText.line(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
