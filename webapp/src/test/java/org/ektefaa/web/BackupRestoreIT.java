package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The documented backup and restore commands (ops/backup, ops/restore, ops/compare) on the build's test database:
 * the copy equals the original table by table, and a single changed row is caught. The full drill, with the
 * application started on the copy, is ops/restore-drill (docs/reliability.md).
 */
class BackupRestoreIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("EKTEFAA_DB_URL", System.getProperty("ektefaa.test.db.url"));
        env.put("EKTEFAA_DB_USER", "root");
        env.put("EKTEFAA_DB_PASSWORD", "");
        env.put("EKTEFAA_DATA_DIR", Files.createTempDirectory("no-files").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void aBackupRestoredIntoANewDatabaseEqualsTheOriginalAndADifferenceIsCaught() throws Exception {
        String original = System.getProperty("ektefaa.test.db.url").replaceAll(".*/([A-Za-z0-9_]+).*", "$1");
        String copy = original + "_restore_test";
        Path backup = Files.createTempDirectory("backup").resolve("test.sql.gz");
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "")) {
            root.createStatement().execute("drop database if exists " + copy);
            // Whatever the other test classes stored before this one, the backup holds Arabic text and bytes.
            root.createStatement().execute("create table if not exists " + original + ".zz_backup_probe (id int primary key,"
                    + " name varchar(100) character set utf8mb4, content blob)");
            root.createStatement().execute("replace into " + original + ".zz_backup_probe values"
                    + " (1, 'إبراهيم عبدالله', x'00ff10'), (2, 'نورة', null)");
        }
        Run backedUp = run("bash", "ops/backup", backup.toString());
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        assertThat(backup).exists();

        Run restored = run("bash", "ops/restore", backup.toString(), copy);
        assertThat(restored.exit()).as(restored.output()).isZero();
        Run again = run("bash", "ops/restore", backup.toString(), copy);
        assertThat(again.exit()).as("never over an existing database").isNotZero();
        assertThat(again.output()).contains("exists");

        Run same = run("bash", "ops/compare", original, copy);
        assertThat(same.exit()).as(same.output()).isZero();
        assertThat(same.output()).containsPattern("same: [1-9][0-9]* tables");

        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + copy, "root", "")) {
            root.createStatement().executeUpdate("update zz_backup_probe set name = 'ابراهيم عبدالله' where id = 1");
        }
        Run differs = run("bash", "ops/compare", original, copy);
        assertThat(differs.exit()).isEqualTo(1);
        assertThat(differs.output()).contains("differs: zz_backup_probe");

        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "")) {
            root.createStatement().execute("drop database " + copy);
            root.createStatement().execute("drop table " + original + ".zz_backup_probe");
        }
    }
}
