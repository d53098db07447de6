package org.ektefaa.platform.api.protect;

import java.util.List;

/**
 * The columns a module keeps sealed with the field key ({@link Encrypted}), declared by the module (a CDI bean
 * implementing this), so that a key rotation re-seals them without the platform knowing the module's tables.
 */
public interface SealedColumns {

    /**
     * A sealed column of a table, with the table's key column.
     *
     * @param plainBefore values written before sealing began are plain text (a prefix-less value is sealed as it
     *                    is, instead of being opened with an older key)
     */
    record Column(String table, String key, String column, boolean plainBefore) {
        public Column {
            for (String name : List.of(table, key, column)) {
                if (!name.matches("[a-z][a-z0-9_]{1,63}")) {
                    throw new IllegalArgumentException("not a column name: " + name);
                }
            }
        }

        public Column(String table, String key, String column) {
            this(table, key, column, false);
        }
    }

    List<Column> sealedColumns();
}
