package org.ektefaa.eligibility.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ektefaa.platform.api.protect.SealedColumns;

/** The home visit's note and location this module keeps sealed, for the field key's rotation. */
@ApplicationScoped
public class EligibilitySealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("elg_visit", "id", "note_enc"), new Column("elg_visit", "id", "location_enc"));
    }
}
