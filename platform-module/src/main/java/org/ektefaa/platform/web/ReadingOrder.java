package org.ektefaa.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.ektefaa.platform.api.saudi.Bidi;

/**
 * The one way a page keeps a left-to-right run in order inside Arabic (issue #22), where a {@code <bdi dir="ltr">}
 * around the value cannot be used: a value given to an {@code h:outputFormat} or composed with other text.
 * {@code #{bidi.ltr(value)}} makes a value one left-to-right piece (a tracking number, a reference, a signed figure);
 * {@code #{bidi.runs(text)}} isolates the runs inside a text people typed (an approval reference such as "الاجتماع
 * رقم 24-1 بتاريخ 2024-04-24"). In English pages both return the value as it is. {@code Browser.unisolatedRuns} in the
 * browser tests finds what a page leaves out.
 */
@Named("bidi")
@ApplicationScoped
public class ReadingOrder {

    public String ltr(Object value) {
        return value == null ? null : arabic() ? Bidi.ltr(value.toString()) : value.toString();
    }

    public String runs(Object text) {
        return text == null ? null : arabic() ? Bidi.isolateRuns(text.toString()) : text.toString();
    }

    private static boolean arabic() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && "ar".equals(faces.getViewRoot().getLocale().getLanguage());
    }
}
