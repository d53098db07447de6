package org.ektefaa.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import org.ektefaa.platform.api.saudi.Amounts;

/**
 * Every amount typed into any page ({@link BigDecimal} fields without a converter of their own): Arabic digits and
 * separators, thousands grouped ({@link Amounts}); a field's {@code converterMessage} says what went wrong. Put in
 * place of the implementation's own by {@link Registration} (the module's {@code faces-config.xml}).
 */
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return Amounts.parse(value);
        } catch (NumberFormatException notAnAmount) {
            String own = component instanceof UIInput input ? input.getConverterMessage() : null;
            String text = own;
            if (own == null) {
                text = java.util.ResourceBundle.getBundle("org.ektefaa.platform.i18n.messages",
                        context.getViewRoot().getLocale()).getString("error.number");
                Object label = component.getAttributes().get("label");
                if (label != null) {
                    text = label + ": " + text; // which field, when the page gave no message of its own
                }
            }
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), notAnAmount);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /**
     * Puts this converter in place of the implementation's own for {@link BigDecimal} once the application is
     * configured: declared in a faces-config, the implementation's configuration of its standard converters came
     * after it (a journey typed "١٬٠٠٠٬٠٠٠" and was told to enter a number).
     */
    public static class Registration implements jakarta.faces.event.SystemEventListener {

        @Override
        public void processEvent(jakarta.faces.event.SystemEvent event) {
            jakarta.faces.application.Application application = (jakarta.faces.application.Application) event.getSource();
            application.addConverter(BigDecimal.class, AmountConverter.class.getName());
            application.addConverter("jakarta.faces.BigDecimal", AmountConverter.class.getName());
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof jakarta.faces.application.Application;
        }
    }
}
