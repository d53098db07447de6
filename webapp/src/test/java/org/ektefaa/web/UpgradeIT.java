package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.ektefaa.platform.kernel.FieldProtection;
import org.ektefaa.web.MicroProcess.Launch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades keep data (issue #18): a MariaDB database made by the last release — its schema, its migration
 * histories and the demo data of every module, committed as {@value #FIXTURE} — is opened by this build, which
 * migrates it at start-up; nothing is lost, and what was there is read back through the application: a request,
 * a beneficiary's file with its identity number sealed under the field key of that release, the volunteers, the
 * reports archive. {@code ops/make-upgrade-fixture} makes the fixture again when a release is cut, so every later
 * change proves it can open the database of the release before it.
 */
class UpgradeIT {

    static final String FIXTURE = "/upgrade/ektefaa-release.sql.gz";

    @TempDir
    Path dir;

    @Test
    void aDatabaseMadeByTheLastReleaseIsMigratedAndReadBackThroughTheApplication() throws Exception {
        String url = System.getProperty("ektefaa.test.upgrade.db.url");
        try (Connection c = connect(url); InputStream dump = UpgradeIT.class.getResourceAsStream(FIXTURE)) {
            assertThat(dump).as("the committed fixture " + FIXTURE).isNotNull();
            load(c, dump);
        }
        Map<String, Long> before = rowCounts(url);
        int migrationsBefore = migrationsApplied(url);
        long fileId;
        String sealedIdentity;
        long requestId;
        String tracking;
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            ResultSet file = s.executeQuery("select id, id_number_enc from ben_beneficiary order by id limit 1");
            assertThat(file.next()).isTrue();
            fileId = file.getLong(1);
            sealedIdentity = file.getString(2);
            ResultSet request = s.executeQuery("select id, tracking_number from req_request order by id limit 1");
            assertThat(request.next()).isTrue();
            requestId = request.getLong(1);
            tracking = request.getString(2);
        }
        String identity = new FieldProtection(Base64.getDecoder().decode(System.getProperty("ektefaa.test.field-key")))
                .decrypt(sealedIdentity);

        try (MicroProcess app = MicroProcess.start(Launch.WAR, Map.of("EKTEFAA_DB_URL", url,
                "EKTEFAA_DB_USER", System.getProperty("ektefaa.test.db.user"),
                "EKTEFAA_DB_PASSWORD", System.getProperty("ektefaa.test.db.password"),
                "EKTEFAA_FIELD_KEY", System.getProperty("ektefaa.test.field-key"),
                "EKTEFAA_DATA_DIR", dir.resolve("data").toString()), dir.resolve("upgrade.log"))) {
            app.awaitReady();
            assertThat(migrationsApplied(url)).as("this build's new migrations ran on the old database")
                    .isGreaterThan(migrationsBefore);
            Map<String, Long> after = rowCounts(url);
            before.forEach((table, rows) -> assertThat(after.get(table)).as(table + " keeps its rows")
                    .isGreaterThanOrEqualTo(rows));

            HttpClient admin = app.signIn("demo.admin", "ektefaa-demo-2026");
            assertThat(page(admin, app, "/requests/request.xhtml?id=" + requestId)).contains(tracking);
            assertThat(page(admin, app, "/beneficiaries/file.xhtml?id=" + fileId))
                    .contains(identity.substring(identity.length() - 4)).doesNotContain(identity);
            assertThat(page(admin, app, "/volunteering/volunteers.xhtml")).contains("V-0");
            page(admin, app, "/reporting/reports.xhtml"); // the archive opens (status 200 asserted)
            assertThat(app.get("/").body()).contains("id=\"welcome\"");
        }
    }

    private static String page(HttpClient client, MicroProcess app, String path) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(app.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    /** Runs a mariadb-dump file statement by statement (its DELIMITER lines included, definers left out). */
    static void load(Connection c, InputStream gzipped) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
                StandardCharsets.UTF_8)); Statement s = c.createStatement()) {
            String delimiter = ";";
            StringBuilder statement = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (statement.length() == 0 && (line.isBlank() || line.startsWith("--"))) {
                    continue;
                }
                if (statement.length() == 0 && line.startsWith("DELIMITER ")) {
                    delimiter = line.substring("DELIMITER ".length()).trim();
                    continue;
                }
                statement.append(line).append('\n');
                String sql = statement.toString().stripTrailing();
                if (sql.endsWith(delimiter)) {
                    s.execute(sql.substring(0, sql.length() - delimiter.length())
                            .replaceAll("/\\*!50017 DEFINER=`[^`]*`@`[^`]*`\\*/", ""));
                    statement.setLength(0);
                }
            }
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("ektefaa.test.db.user"),
                System.getProperty("ektefaa.test.db.password"));
    }

    private static Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            ResultSet tables = s.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = database() and table_type = 'BASE TABLE'");
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                ResultSet n = s.executeQuery("select count(*) from `" + table + "`");
                n.next();
                counts.put(table, n.getLong(1));
            }
        }
        return counts;
    }

    private static int migrationsApplied(String url) throws SQLException {
        int total = 0;
        for (Map.Entry<String, Long> table : rowCounts(url).entrySet()) {
            if (table.getKey().endsWith("_schema_history")) {
                total += table.getValue().intValue();
            }
        }
        return total;
    }
}
