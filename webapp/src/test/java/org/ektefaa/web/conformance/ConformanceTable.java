package org.ektefaa.web.conformance;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ektefaa.platform.api.PolicyClause;

/**
 * The policy conformance table (issue: every clause traced to the tests that prove it). Run by the build after
 * the container tests ({@code post-integration-test}): it reads the {@link PolicyClause} marks of every module's
 * compiled tests and the results in the surefire and failsafe reports, and writes
 * {@code webapp/target/policy-conformance.md}. A clause with no passing test is "not proven"; with
 * {@code -Dpolicy.strict=true} that fails the build.
 */
public final class ConformanceTable {

    /** One marked test and how it ended. */
    record Proof(String test, String outcome) {
    }

    private static final Pattern CASE = Pattern.compile(
            "<testcase\\s+name=\"([^\"]*)\"\\s+classname=\"([^\"]*)\"[^>]*?(/>|>(.*?)</testcase>)", Pattern.DOTALL);

    private ConformanceTable() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path output = Path.of(args[1]);
        boolean strict = args.length > 2 && Boolean.parseBoolean(args[2]);
        Properties clauses = new Properties();
        try (InputStream in = PolicyClause.class.getResourceAsStream("/org/ektefaa/platform/policy/clauses.properties")) {
            clauses.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> outcomes = outcomes(root);
        Map<String, List<Proof>> proofs = new TreeMap<>();
        for (String clause : clauses.getProperty("clauses").split(",")) {
            proofs.put(clause, new ArrayList<>());
        }
        for (Path classes : testClassDirectories(root)) {
            JavaClasses imported = new ClassFileImporter().importPath(classes);
            for (JavaClass type : imported) {
                for (String clause : marks(type.tryGetAnnotationOfType(PolicyClause.class).map(List::of).orElse(List.of()),
                        type.tryGetAnnotationOfType(PolicyClause.List.class).map(l -> List.of(l.value())).orElse(List.of()))) {
                    proofs.computeIfAbsent(clause, k -> new ArrayList<>())
                            .add(new Proof(type.getSimpleName(), classOutcome(outcomes, type.getName())));
                }
                for (JavaMethod method : type.getMethods()) {
                    for (String clause : marks(method.tryGetAnnotationOfType(PolicyClause.class).map(List::of).orElse(List.of()),
                            method.tryGetAnnotationOfType(PolicyClause.List.class).map(l -> List.of(l.value())).orElse(List.of()))) {
                        proofs.computeIfAbsent(clause, k -> new ArrayList<>()).add(new Proof(
                                type.getSimpleName() + "." + method.getName(),
                                outcomes.getOrDefault(type.getName() + "#" + method.getName(), "not run")));
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder("# Policy conformance\n\nEvery clause of the policy with the automated tests"
                + " that prove it (`@PolicyClause`) and how they ended in this build.\n\n"
                + "| Clause | What it says | Proven by | Result |\n|---|---|---|---|\n");
        List<String> unproven = new ArrayList<>();
        for (Map.Entry<String, List<Proof>> entry : proofs.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, List<Proof>> e) -> byNumber(e.getKey()))).toList()) {
            List<Proof> list = entry.getValue();
            boolean proven = !list.isEmpty() && list.stream().allMatch(p -> "passed".equals(p.outcome()));
            if (!proven) {
                unproven.add(entry.getKey());
            }
            String text = clauses.getProperty(entry.getKey(), "");
            md.append("| §").append(entry.getKey()).append(" | ").append(text.length() > 110 ? text.substring(0, 107) + "…" : text)
                    .append(" | ").append(list.isEmpty() ? "—" : String.join("<br>", list.stream()
                            .map(p -> "`" + p.test() + "` " + p.outcome()).toList()))
                    .append(" | ").append(proven ? "proven" : list.isEmpty() ? "**not proven: no test**" : "**not proven**")
                    .append(" |\n");
        }
        md.append("\n").append(proofs.size() - unproven.size()).append(" of ").append(proofs.size())
                .append(" clauses proven.\n");
        Files.createDirectories(output.getParent());
        Files.writeString(output, md.toString(), StandardCharsets.UTF_8);
        System.out.println("[policy] " + (proofs.size() - unproven.size()) + " of " + proofs.size()
                + " clauses proven; table in " + output + (unproven.isEmpty() ? "" : "; not proven: " + unproven));
        if (strict && !unproven.isEmpty()) {
            throw new IllegalStateException("policy clauses not proven: " + unproven);
        }
    }

    private static List<String> marks(List<PolicyClause> single, List<PolicyClause> repeated) {
        List<String> all = new ArrayList<>();
        single.forEach(c -> all.add(c.value()));
        repeated.forEach(c -> all.add(c.value()));
        return all;
    }

    private static String classOutcome(Map<String, String> outcomes, String className) {
        List<String> of = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith(className + "#"))
                .map(Map.Entry::getValue).toList();
        if (of.isEmpty()) {
            return "not run";
        }
        return of.stream().allMatch("passed"::equals) ? "passed" : "failed";
    }

    /** Every test's outcome, {@code class#method} → passed, failed or skipped, from the XML reports. */
    static Map<String, String> outcomes(Path root) throws IOException {
        Map<String, String> outcomes = new LinkedHashMap<>();
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                for (String kind : new String[] {"surefire-reports", "failsafe-reports"}) {
                    Path dir = module.resolve("target").resolve(kind);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> files = Files.list(dir)) {
                            files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).forEach(reports::add);
                        }
                    }
                }
            }
        }
        for (Path report : reports) {
            Matcher m = CASE.matcher(Files.readString(report, StandardCharsets.UTF_8));
            while (m.find()) {
                String method = m.group(1).replaceAll("\\(.*$", "");
                String body = m.group(4) == null ? "" : m.group(4);
                String outcome = body.contains("<failure") || body.contains("<error") ? "failed"
                        : body.contains("<skipped") ? "skipped" : "passed";
                outcomes.merge(m.group(2) + "#" + method, outcome, (a, b) -> "passed".equals(a) ? b : a);
            }
        }
        return outcomes;
    }

    private static List<Path> testClassDirectories(Path root) throws IOException {
        try (Stream<Path> modules = Files.list(root)) {
            return modules.map(m -> m.resolve("target").resolve("test-classes")).filter(Files::isDirectory).toList();
        }
    }

    private static String byNumber(String clause) {
        String[] parts = clause.split("\\.");
        return String.format("%03d.%03d", Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
    }
}
