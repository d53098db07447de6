package org.ektefaa.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is made in the session's language ({@link Language}) from the start, not in the browser's: the page's
 * {@code <f:view locale>} is only applied when the page is rendered, so a message added before — by a page's
 * {@code f:viewAction} on opening it, or a view parameter's converter — was written in the language of the browser's
 * {@code Accept-Language} (English on an English-language phone, or with none at all) inside an Arabic page.
 */
public class SessionLanguageViewHandler extends ViewHandlerWrapper {

    public SessionLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        try {
            return CDI.current().select(Language.class).get().getLocale();
        } catch (RuntimeException noSessionOrContainer) {
            return super.calculateLocale(context);
        }
    }
}
