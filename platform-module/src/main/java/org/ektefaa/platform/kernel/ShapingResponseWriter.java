package org.ektefaa.platform.kernel;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import org.ektefaa.platform.api.saudi.DigitStyle;

/**
 * Writes the text of an Arabic page in one style of digits ({@link ShapingRenderKitFactory}); text inside an element
 * with {@code dir="ltr"} (codes: tracking numbers, identity numbers, mobiles) keeps Latin digits.
 */
final class ShapingResponseWriter extends ResponseWriterWrapper {

    private final DigitStyle style;
    /** For each open element, whether it or an element around it is left to right. */
    private final Deque<Boolean> leftToRight = new ArrayDeque<>();
    /**
     * For each open element, whether its text is written as it is: a text area (its text is the field's value, posted
     * back: shaping it would change what people typed, a placeholder {0} included), a script, a style, preformatted
     * text.
     */
    private final Deque<Boolean> verbatim = new ArrayDeque<>();

    ShapingResponseWriter(ResponseWriter wrapped, DigitStyle style) {
        super(wrapped);
        this.style = style;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        leftToRight.push(!leftToRight.isEmpty() && leftToRight.peek());
        verbatim.push(!verbatim.isEmpty() && verbatim.peek() || VERBATIM.contains(name.toLowerCase(java.util.Locale.ROOT)));
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if ("dir".equals(name) && "ltr".equals(String.valueOf(value)) && !leftToRight.isEmpty()) {
            leftToRight.pop();
            leftToRight.push(true);
        }
        super.writeAttribute(name, value, property);
    }

    @Override
    public void endElement(String name) throws IOException {
        if (!leftToRight.isEmpty()) {
            leftToRight.pop();
        }
        if (!verbatim.isEmpty()) {
            verbatim.pop();
        }
        super.endElement(name);
    }

    private static final java.util.Set<String> VERBATIM = java.util.Set.of("textarea", "script", "style", "pre");

    private String shaped(Object text) {
        String plain = String.valueOf(text);
        if (!verbatim.isEmpty() && verbatim.peek()) {
            return plain;
        }
        return style == DigitStyle.ARABIC_INDIC && !leftToRight.isEmpty() && leftToRight.peek()
                ? DigitStyle.LATIN.shape(plain) : style.shape(plain);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        super.writeText(text == null ? null : shaped(text), property);
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        super.writeText(text == null ? null : shaped(text), component, property);
    }

    @Override
    public void writeText(char[] text, int offset, int length) throws IOException {
        String shaped = shaped(new String(text, offset, length));
        super.writeText(shaped.toCharArray(), 0, shaped.length());
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new ShapingResponseWriter(getWrapped().cloneWithWriter(writer), style);
    }
}
