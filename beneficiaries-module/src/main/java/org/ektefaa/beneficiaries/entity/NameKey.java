package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One key of the name index (issue #24), read-only: the search asks the index for the files with a key
 * ({@code select k.fileId from NameKey k where k.key in …}) without joining the files, which lets the database start
 * from the few files with that key instead of visiting every file (at 100,000 files: 12 ms against 400). The keys are
 * written as {@link Beneficiary}'s element collection {@code nameKeys}, never through this entity.
 */
@Entity
@Table(name = "ben_name_key")
@IdClass(NameKey.Id.class)
public class NameKey {

    @jakarta.persistence.Id
    @Column(name = "name_key")
    private String key;

    @jakarta.persistence.Id
    @Column(name = "beneficiary_id")
    private long fileId;

    protected NameKey() {
    }

    public String getKey() {
        return key;
    }

    public long getFileId() {
        return fileId;
    }

    /** The key and the file together: the table's primary key. */
    public static class Id implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private long fileId;

        public Id() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && other.fileId == fileId && Objects.equals(other.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, fileId);
        }
    }
}
