package org.ektefaa.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Column;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ektefaa.aid.entity.Disbursement;
import org.junit.jupiter.api.Test;

/**
 * Issue #27: the aid ledger is append-only, in the code as in the design — every column of a row is written once (no
 * column JPA would update), nothing outside the row's constructor and its one chaining writes its fields, and no query
 * in the product updates or deletes ledger rows. A row changed in the database anyway is found by the chain's check
 * (the aid module's LedgerTest).
 */
class LedgerImmutabilityTest {

    @Test
    void everyColumnOfALedgerRowIsWrittenOnce() {
        for (Field field : Disbursement.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                assertThat(column.updatable()).as(field.getName() + " is never updated").isFalse();
            }
        }
    }

    @Test
    void onlyTheRowsConstructorAndItsChainingWriteItsFields() {
        JavaClass ledger = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ektefaa").get(Disbursement.class);
        List<String> writers = ledger.getAccessesToSelf().stream()
                .filter(access -> access instanceof JavaFieldAccess field
                        && field.getAccessType() == JavaFieldAccess.AccessType.SET)
                .map(JavaAccess::getOrigin)
                .filter(origin -> !(origin.getOwner().equals(ledger)
                        && (origin.getName().equals("<init>") || origin.getName().equals("chainAfter"))))
                .map(origin -> origin.getFullName()).distinct().toList();
        assertThat(writers).isEmpty();
    }

    @Test
    void noQueryInTheProductUpdatesOrDeletesLedgerRows() throws IOException {
        Pattern changing = Pattern.compile("(?i)(update\\s+|delete\\s+from\\s+)(Disbursement|aid_disbursement)\\b");
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> sources = Files.walk(root)) {
            List<Path> read = sources.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> p.toString().contains("/src/main/") && !p.toString().contains("/target/")).toList();
            assertThat(read).as("the product's sources were read").anyMatch(p -> p.endsWith(
                    Path.of("org/ektefaa/aid/control/RoundBook.java")));
            List<String> found = read.stream().filter(p -> {
                        try {
                            return changing.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(p -> root.relativize(p).toString()).toList();
            assertThat(found).isEmpty();
        }
    }
}
