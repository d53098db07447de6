package org.ektefaa.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen in Arabic and English: each bundle has the same keys in both languages, and every key a
 * page names literally exists. (Keys built at run time, like {@code 'Role.'.concat(role)}, are covered by
 * the enum checks of each bundle's own tests and by the browser tests.)
 */
class TranslationsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Faces bundle variable → bundle files (without _ar / .properties). */
    private static final Map<String, Path> BUNDLES = Map.of(
            "plt", ROOT.resolve("platform-module/src/main/resources/org/ektefaa/platform/i18n/messages"),
            "ben", ROOT.resolve("beneficiaries-module/src/main/resources/org/ektefaa/beneficiaries/i18n/messages"),
            "elg", ROOT.resolve("eligibility-module/src/main/resources/org/ektefaa/eligibility/i18n/messages"),
            "req", ROOT.resolve("requests-module/src/main/resources/org/ektefaa/requests/i18n/messages"),
            "aid", ROOT.resolve("aid-module/src/main/resources/org/ektefaa/aid/i18n/messages"),
            "web", ROOT.resolve("webapp/src/main/resources/org/ektefaa/web/i18n/messages"));

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{(plt|ben|elg|req|aid|web)\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void everyBundleSaysTheSameThingsInArabicAndEnglish() throws IOException {
        for (Map.Entry<String, Path> bundle : BUNDLES.entrySet()) {
            Set<String> english = keys(Path.of(bundle.getValue() + ".properties"));
            Set<String> arabic = keys(Path.of(bundle.getValue() + "_ar.properties"));
            assertThat(arabic).as("Arabic keys of bundle %s", bundle.getKey()).isEqualTo(english);
            assertThat(english).as("bundle %s", bundle.getKey()).isNotEmpty();
        }
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> pages = Stream.concat(Files.walk(ROOT.resolve("webapp/src/main/webapp")),
                Stream.of("platform-module", "beneficiaries-module", "eligibility-module", "requests-module", "aid-module", "satisfaction-module",
                                "volunteering-module", "reporting-module")
                        .map(m -> ROOT.resolve(m).resolve("src/main/resources/META-INF/resources"))
                        .filter(Files::isDirectory)
                        .flatMap(TranslationsTest::walk))) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".xhtml"))::iterator) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    seen++;
                    if (!keys(Path.of(BUNDLES.get(m.group(1)) + ".properties")).contains(m.group(2))) {
                        missing.add(ROOT.relativize(page) + ": " + m.group(1) + "['" + m.group(2) + "']");
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(200);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownOnAPageHasALabel() throws IOException {
        Map<String, Class<?>[]> labelled = Map.of(
                "plt", new Class<?>[] {org.ektefaa.platform.api.Role.class, org.ektefaa.platform.api.ContactChannel.class},
                "ben", new Class<?>[] {org.ektefaa.beneficiaries.entity.FileStatus.class,
                        org.ektefaa.beneficiaries.entity.Enums.IdType.class, org.ektefaa.beneficiaries.entity.Enums.Gender.class,
                        org.ektefaa.beneficiaries.entity.Enums.MaritalStatus.class,
                        org.ektefaa.beneficiaries.entity.Enums.Housing.class, org.ektefaa.beneficiaries.entity.Enums.Relation.class,
                        org.ektefaa.beneficiaries.entity.Enums.Occupation.class,
                        org.ektefaa.beneficiaries.entity.Enums.IncomeType.class,
                        org.ektefaa.beneficiaries.entity.Enums.SignatureMethod.class,
                        org.ektefaa.beneficiaries.entity.FileEvent.Kind.class,
                        org.ektefaa.beneficiaries.entity.FileAccess.Action.class},
                "req", new Class<?>[] {org.ektefaa.requests.api.RequestType.class,
                        org.ektefaa.requests.entity.RequestStatus.class});
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, Class<?>[]> entry : labelled.entrySet()) {
            Set<String> keys = keys(Path.of(BUNDLES.get(entry.getKey()) + ".properties"));
            for (Class<?> type : entry.getValue()) {
                for (Object constant : type.getEnumConstants()) {
                    String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
                    if (!keys.contains(key)) {
                        missing.add(entry.getKey() + ": " + key);
                    }
                }
            }
        }
        for (org.ektefaa.requests.entity.RequestStatus status : org.ektefaa.requests.entity.RequestStatus.values()) {
            if (!keys(Path.of(BUNDLES.get("req") + ".properties")).contains("next." + status.name())) {
                missing.add("req: next." + status.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
