package org.ektefaa.platform.kernel;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ektefaa.platform.api.saudi.DigitStyle;

/**
 * Every Arabic page is written in the profile's digits (issue #22): the render kits hand out response writers that
 * shape the text they write ({@link DigitStyle#shape}), whatever formatted it — a number converter in Arabic writes
 * Arabic-Indic digits, a value printed as it is writes Latin ones. Markup, attributes (a field's value stays as typed),
 * the text of text areas (also a field's value), scripts and styles are left alone, and so is the text inside a {@code dir="ltr"} element, where codes are shown. Registered
 * in the platform's {@code faces-config.xml}.
 */
public class ShapingRenderKitFactory extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> shaping = new ConcurrentHashMap<>();

    public ShapingRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public java.util.Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : shaping.computeIfAbsent(kit, ShapingRenderKit::new);
    }

    /** A render kit whose response writers shape Arabic text. */
    static final class ShapingRenderKit extends RenderKitWrapper {

        ShapingRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            FacesContext context = FacesContext.getCurrentInstance();
            if (context == null || context.getViewRoot() == null
                    || !"ar".equals(context.getViewRoot().getLocale().getLanguage())) {
                return created;
            }
            return new ShapingResponseWriter(created, CDI.current().select(DigitStyles.class).get().arabic());
        }
    }
}
