package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseClassNameSourceTest {

    @Test
    void noUrlMeansTheEmbeddedDatabase() {
        assertThat(DatabaseClassNameSource.classNameFor(null)).isEqualTo("org.h2.jdbcx.JdbcDataSource");
        assertThat(DatabaseClassNameSource.classNameFor("jdbc:h2:/tmp/x;MODE=MariaDB"))
                .isEqualTo("org.h2.jdbcx.JdbcDataSource");
    }

    @Test
    void aMariaDbUrlSelectsTheMariaDbDataSource() {
        assertThat(DatabaseClassNameSource.classNameFor("jdbc:mariadb://db:3306/ektefaa"))
                .isEqualTo("org.mariadb.jdbc.MariaDbDataSource");
        assertThat(DatabaseClassNameSource.classNameFor("jdbc:mysql://db:3306/ektefaa"))
                .isEqualTo("org.mariadb.jdbc.MariaDbDataSource");
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> DatabaseClassNameSource.classNameFor("jdbc:postgresql://db/ektefaa"))
                .hasMessageContaining("MariaDB");
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentAndBlankCountsAsUnset() {
        Properties system = new Properties();
        assertThat(DatabaseClassNameSource.configuredUrl(Map.of("EKTEFAA_DB_URL", "jdbc:mariadb://env/x"), system))
                .isEqualTo("jdbc:mariadb://env/x");
        system.setProperty("ektefaa.db.url", "jdbc:h2:/sys");
        assertThat(DatabaseClassNameSource.configuredUrl(Map.of("EKTEFAA_DB_URL", "jdbc:mariadb://env/x"), system))
                .isEqualTo("jdbc:h2:/sys");
        system.setProperty("ektefaa.db.url", " ");
        assertThat(DatabaseClassNameSource.configuredUrl(Map.of("EKTEFAA_DB_URL", ""), system)).isNull();
    }
}
