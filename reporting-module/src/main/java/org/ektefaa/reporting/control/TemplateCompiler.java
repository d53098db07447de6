package org.ektefaa.reporting.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): compiles every {@code .jrxml} of
 * {@code src/main/jasperreports} into a {@code .jasper} beside the classes (and copies the shared {@code .jrtx} styles), so the server never compiles a
 * template (and needs no Java compiler at run time). A template that does not compile fails the build.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(sources)) {
            for (Path jrxml : files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList()) {
                String name = jrxml.getFileName().toString().replace(".jrxml", ".jasper");
                JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
                System.out.println("compiled " + jrxml.getFileName());
            }
        }
        // the shared style templates are read as they are when a report is filled, by name from the class path's root
        Path styles = args.length > 2 ? Path.of(args[2]) : target;
        try (Stream<Path> files = Files.list(sources)) {
            for (Path jrtx : files.filter(f -> f.toString().endsWith(".jrtx")).sorted().toList()) {
                Files.copy(jrtx, styles.resolve(jrtx.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
