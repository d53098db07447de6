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
     * JasperReports logs a subreport that fails to fill with its whole stack trace before the failure reaches us; the
     * failure is reported here as one line (and a built-in template's failure goes to the error handling), so that
     * logger is quiet. Held here: the logging framework keeps only weak references to its loggers.
     */
    private static final Logger SUBREPORT_FAILURES = quiet("net.sf.jasperreports.engine.fill.JRFillSubreport");

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
    }

    /**
     * A template, the JasperReports context it is filled in, and where its shared styles are (the association's
     * {@code ektefaa-styles.jrtx} if it has one, else the built-in one on the class path): its {@code styles} parameter.
     */
    public record Source(String name, JasperReport report, JasperReportsContext context, boolean custom, String styles,
                         Function<String, JasperReport> parts) {

        /** A template whose subreports are the built-in ones. */
        public Source(String name, JasperReport report, JasperReportsContext context, boolean custom, String styles) {
            this(name, report, context, custom, styles, Renderer::template);
        }

        /** A subreport a master template fills its sections with ({@link #PARTS}): the association's, else built in. */
        public JasperReport part(String part) {
            return parts.apply(part);
        }
    }

    /**
     * The subreports the master templates are composed of (issue #23): a table, and the key indicators' tiles. An
     * association may give its own of each, as of a master.
     */
    public static final List<String> PARTS = List.of("section-table", "kpi-tiles");

    /** What was made of one file as it was (its time and size): the compiled report, or why it was set aside. */
    private record Loaded(Path file, long modified, long size, JasperReport report, String problem) {

        boolean isOf(Path other, long otherModified, long otherSize) {
            return file.equals(other) && modified == otherModified && size == otherSize;
        }
    }

    @Inject
    @ConfigProperty(name = "ektefaa.data.dir", defaultValue = "${user.home}/.ektefaa")
    String dataDir;

    /** By template name; and under {@link #STYLES}, the association's styles, when one of its fills failed. */
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    /** The folder an association puts its templates in. */
    public Path folder() {
        return Path.of(dataDir, "reports");
    }

    /** The templates (and styles) of the association's that were set aside, each with why ("receipt.jrxml: …"). */
    public List<String> problems() {
        SortedMap<String, String> problems = new ConcurrentSkipListMap<>();
        loaded.forEach((name, l) -> {
            if (l.problem() != null && stillThere(l)) {
                problems.put(name, l.problem());
            }
        });
        return problems.values().stream().toList();
    }

    private static boolean stillThere(Loaded l) {
        return Files.isRegularFile(l.file()) && l.isOf(l.file(), modified(l.file()), size(l.file()));
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
     * certificate share one built-in layout; an association may still give each its own). A template of the
     * association's that fails to fill is set aside until its file changes: the next documents use the built-in one at
     * once, and the failure is logged once. If the built-in template fails too while the association's styles are in
     * use, the styles are set aside the same way and the document is made with the built-in styles.
     */
    public byte[] produce(String name, String builtIn, Function<Source, byte[]> fill) {
        Source source = source(name, builtIn);
        if (source.custom()) {
            try {
                return fill.apply(source);
            } catch (RuntimeException failed) {
                // the master or one of its parts is the association's: each of them is set aside until it changes
                setAside(name, failed);
                PARTS.forEach(part -> setAside(part, failed));
            }
        }
        String styles = styles();
        Source standard = new Source(builtIn, Renderer.template(builtIn), context(), false, styles);
        if (STYLES.equals(styles)) {
            return fill.apply(standard);
        }
        try {
            return fill.apply(standard);
        } catch (RuntimeException failed) {
            setAsideStyles(failed);
            return fill.apply(new Source(builtIn, Renderer.template(builtIn), context(), false, STYLES));
        }
    }

    /** The association's template if it has one that compiles (and did not fail to fill), else the built-in one. */
    Source source(String name, String builtIn) {
        Path folder = folder();
        Path jrxml = folder.resolve(name + ".jrxml");
        Path jasper = folder.resolve(name + ".jasper");
        Path file = Files.isRegularFile(jrxml) ? jrxml : Files.isRegularFile(jasper) ? jasper : null;
        if (file == null) {
            loaded.remove(name);
            return withParts(new Source(builtIn, Renderer.template(builtIn), context(), false, styles()));
        }
        long modified = modified(file);
        long size = size(file);
        // one compile per version of the file, however many documents ask for it at once
        Loaded known = loaded.compute(name, (key, old) -> old != null && old.isOf(file, modified, size) ? old
                : load(file, modified, size));
        return withParts(known.report() == null ? new Source(builtIn, Renderer.template(builtIn), context(), false, styles())
                : new Source(name, known.report(), context(), true, styles()));
    }

    /**
     * The template with the association's subreports where it has working ones (then it counts as the association's:
     * a failure sets them aside), else the built-in ones.
     */
    private Source withParts(Source master) {
        if (PARTS.contains(master.name())) {
            return master;
        }
        Map<String, Source> parts = new java.util.HashMap<>();
        PARTS.forEach(part -> parts.put(part, source(part, part)));
        boolean custom = master.custom() || parts.values().stream().anyMatch(Source::custom);
        return new Source(master.name(), master.report(), master.context(), custom, master.styles(),
                part -> parts.get(part).report());
    }

    private Loaded load(Path file, long modified, long size) {
        try (InputStream in = Files.newInputStream(file)) {
            JasperReport report = file.toString().endsWith(".jrxml")
                    ? JasperCompileManager.getInstance(context()).compile(in)
                    : (JasperReport) JRLoader.loadObject(in);
            LOG.info(() -> "the association's report template " + file.getFileName() + " is in use");
            return new Loaded(file, modified, size, report, null);
        } catch (IOException | JRException | RuntimeException | LinkageError broken) {
            String problem = file.getFileName() + ": " + reason(broken);
            LOG.warning(() -> "the association's report template is set aside, the built-in one is used: " + problem);
            return new Loaded(file, modified, size, null, problem);
        }
    }

    /** A template that compiled but failed to fill: set aside until its file changes, logged once. */
    private void setAside(String name, RuntimeException failed) {
        loaded.computeIfPresent(name, (key, l) -> {
            String problem = l.file().getFileName() + ": " + reason(failed);
            LOG.warning(() -> "the association's report template is set aside, the built-in one is used: " + problem);
            return new Loaded(l.file(), l.modified(), l.size(), null, problem);
        });
    }

    private void setAsideStyles(RuntimeException failed) {
        Path own = folder().resolve(STYLES);
        String problem = STYLES + ": " + reason(failed);
        LOG.warning(() -> "the association's report styles are set aside, the built-in ones are used: " + problem);
        loaded.put(STYLES, new Loaded(own, modified(own), size(own), null, problem));
    }

    /** The deepest cause's first line, without a stack trace (the wrappers say only that a document failed). */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                .strip();
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

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return -1;
        }
    }

    private static JasperReportsContext context() {
        return DefaultJasperReportsContext.getInstance();
    }

    /**
     * The association's shared styles if it put them in its folder (and they did not break a document), else the
     * built-in ones.
     */
    private String styles() {
        Path own = folder().resolve(STYLES);
        if (!Files.isRegularFile(own)) {
            loaded.remove(STYLES);
            return STYLES;
        }
        Loaded failed = loaded.get(STYLES);
        if (failed != null && failed.isOf(own, modified(own), size(own))) {
            return STYLES;
        }
        return own.toAbsolutePath().toString();
    }

    /** The shared styles' name, on the class path and in the association's folder. */
    public static final String STYLES = "ektefaa-styles.jrtx";
}
