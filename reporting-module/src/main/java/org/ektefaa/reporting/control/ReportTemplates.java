package org.ektefaa.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which template fills a report (issue #23): the association's own, edited in Jaspersoft Studio and put in
 * {@code <data dir>/reports/} (a {@code <name>.jrxml}, compiled here when it changes, or a compiled {@code <name>.jasper};
 * an {@code ektefaa-styles.jrtx} there restyles every report), else the one compiled into the build. A template of the
 * association's that does not compile, or fails to fill, gives way to the built-in one; what went wrong is kept for
 * administrators (the reports page shows it) and logged as one line.
 */
@ApplicationScoped
public class ReportTemplates {

    private static final Logger LOG = Logger.getLogger(ReportTemplates.class.getName());

    /**
     * A template, the JasperReports context it is filled in, and where its shared styles are (the association's
     * {@code ektefaa-styles.jrtx} if it has one, else the built-in one on the class path): its {@code styles} parameter.
     */
    public record Source(String name, JasperReport report, JasperReportsContext context, boolean custom, String styles) {
    }

    private record Loaded(Path file, long modified, JasperReport report) {
    }

    @Inject
    @ConfigProperty(name = "ektefaa.data.dir", defaultValue = "${user.home}/.ektefaa")
    String dataDir;

    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final SortedMap<String, String> problems = new ConcurrentSkipListMap<>();

    /** The folder an association puts its templates in. */
    public Path folder() {
        return Path.of(dataDir, "reports");
    }

    /** The templates of the association's that were set aside, each with why ("receipt.jrxml: …"). */
    public List<String> problems() {
        return problems.values().stream().toList();
    }

    /**
     * The document produced by {@code fill} from the association's template {@code name} if it has one that works, else
     * from the built-in one of the same name.
     */
    public byte[] produce(String name, Function<Source, byte[]> fill) {
        return produce(name, name, fill);
    }

    /**
     * As {@link #produce(String, Function)}, the built-in template being {@code builtIn} (the periodic reports and the
     * certificate share one built-in layout; an association may still give each its own).
     */
    public byte[] produce(String name, String builtIn, Function<Source, byte[]> fill) {
        Source source = source(name, builtIn);
        if (source.custom()) {
            try {
                return fill.apply(source);
            } catch (RuntimeException failed) {
                setAside(name, name + ": " + reason(failed));
            }
        }
        return fill.apply(new Source(builtIn, Renderer.template(builtIn), context(), false, styles()));
    }

    /** The association's template if it has one that compiles, else the built-in one. */
    Source source(String name, String builtIn) {
        Path folder = folder();
        Path jrxml = folder.resolve(name + ".jrxml");
        Path jasper = folder.resolve(name + ".jasper");
        Path file = Files.isRegularFile(jrxml) ? jrxml : Files.isRegularFile(jasper) ? jasper : null;
        if (file == null) {
            loaded.remove(name);
            problems.remove(name);
            return new Source(builtIn, Renderer.template(builtIn), context(), false, styles());
        }
        long modified = modified(file);
        Loaded known = loaded.get(name);
        if (known == null || !known.file().equals(file) || known.modified() != modified) {
            known = new Loaded(file, modified, load(name, file));
            loaded.put(name, known);
        }
        return known.report() == null ? new Source(builtIn, Renderer.template(builtIn), context(), false, styles())
                : new Source(name, known.report(), context(), true, styles());
    }

    private JasperReport load(String name, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JasperReport report = file.toString().endsWith(".jrxml")
                    ? JasperCompileManager.getInstance(context()).compile(in)
                    : (JasperReport) JRLoader.loadObject(in);
            problems.remove(name);
            LOG.info(() -> "the association's report template " + file.getFileName() + " is in use");
            return report;
        } catch (IOException | JRException | RuntimeException | LinkageError broken) {
            setAside(name, file.getFileName() + ": " + reason(broken));
            return null;
        }
    }

    private void setAside(String name, String problem) {
        problems.put(name, problem);
        LOG.warning(() -> "the association's report template is set aside, the built-in one is used: " + problem);
    }

    /** The first line of what went wrong, without a stack trace. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage()).strip();
        int line = message.indexOf('\n');
        message = line < 0 ? message : message.substring(0, line);
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException gone) {
            return -1;
        }
    }

    private static JasperReportsContext context() {
        return DefaultJasperReportsContext.getInstance();
    }

    /** The association's shared styles if it put them in its folder, else the built-in ones. */
    private String styles() {
        Path own = folder().resolve(STYLES);
        return Files.isRegularFile(own) ? own.toAbsolutePath().toString() : STYLES;
    }

    /** The shared styles' name, on the class path and in the association's folder. */
    public static final String STYLES = "ektefaa-styles.jrtx";
}
