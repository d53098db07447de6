package org.ektefaa.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Faces escapes what a page writes unless told {@code escape="false"}; every such place must carry a review
 * comment right above it ({@code <!-- reviewed: why this is safe -->}), or the build fails (issue #10).
 */
class UnescapedOutputTest {

    private static final Pattern UNESCAPED = Pattern.compile("escape\\s*=\\s*\"false\"");
    private static final Pattern REVIEWED = Pattern.compile("<!--\\s*reviewed:[^>]*-->\\s*$");

    /** The places in {@code page} that write unescaped output without a review comment just above. */
    static List<String> unreviewed(String name, String page) {
        List<String> found = new ArrayList<>();
        Matcher m = UNESCAPED.matcher(page);
        while (m.find()) {
            int tagStart = page.lastIndexOf('<', m.start());
            String before = page.substring(0, Math.max(0, tagStart)).stripTrailing();
            if (!REVIEWED.matcher(before).find()) {
                found.add(name + ":" + (page.substring(0, m.start()).split("\n", -1).length));
            }
        }
        return found;
    }

    @Test
    void noPageWritesUnescapedOutputWithoutAReview() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> found = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml") && p.toString().contains("/src/main/")).toList()) {
                pages++;
                found.addAll(unreviewed(root.relativize(page).toString(), Files.readString(page, StandardCharsets.UTF_8)));
            }
        }
        assertThat(pages).as("pages found to check").isGreaterThan(40);
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsAnUnreviewedPlaceAndAcceptsAReviewedOne() {
        assertThat(unreviewed("a.xhtml", "<p>\n<h:outputText value=\"#{x}\" escape=\"false\"/>\n</p>")).containsExactly("a.xhtml:2");
        assertThat(unreviewed("b.xhtml", "<p>\n<!-- reviewed: the text is our own bundle's -->\n"
                + "<h:outputText value=\"#{x}\" escape=\"false\"/>\n</p>")).isEmpty();
    }
}
