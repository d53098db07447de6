package org.ektefaa.web.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance table reads each test's outcome from the surefire and failsafe XML reports. */
class ConformanceTableTest {

    @TempDir
    Path root;

    @Test
    void outcomesComeFromTheReportsOfEveryModule() throws Exception {
        Path reports = Files.createDirectories(root.resolve("some-module/target/failsafe-reports"));
        Files.writeString(reports.resolve("TEST-x.SomeIT.xml"), """
                <testsuite>
                  <testcase name="passes()" classname="x.SomeIT" time="0.1"/>
                  <testcase name="fails" classname="x.SomeIT" time="0.1"><failure message="no"/></testcase>
                  <testcase name="breaks" classname="x.SomeIT"><error message="boom"/></testcase>
                  <testcase name="waits" classname="x.SomeIT"><skipped/></testcase>
                </testsuite>""");
        Map<String, String> outcomes = ConformanceTable.outcomes(root);
        assertThat(outcomes).containsEntry("x.SomeIT#passes", "passed").containsEntry("x.SomeIT#fails", "failed")
                .containsEntry("x.SomeIT#breaks", "failed").containsEntry("x.SomeIT#waits", "skipped");
    }
}
