package org.ektefaa.volunteering.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ektefaa.platform.api.protect.SealedColumns;

/** The volunteers' identity numbers, sealed, for the field key's rotation. */
@ApplicationScoped
public class VolunteerSealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("vol_volunteer", "id", "id_number_enc"));
    }
}
