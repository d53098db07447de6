package org.ektefaa.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.ektefaa.platform.api.saudi.Digits;

/**
 * Every text typed into any page: Eastern-Arabic digits (٠١٢٣٤٥٦٧٨٩) become ASCII digits before anything
 * checks or stores them, so an Arabic keyboard never makes a valid number invalid.
 */
@FacesConverter(forClass = String.class)
public class DigitsConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isEmpty() ? null : Digits.normalise(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
