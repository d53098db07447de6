package org.ektefaa.beneficiaries.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ektefaa.platform.api.protect.SealedColumns;

/** The identity numbers and IBANs this module keeps sealed, for the field key's rotation. */
@ApplicationScoped
public class BeneficiarySealedColumns implements SealedColumns {

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("ben_beneficiary", "id", "id_number_enc"),
                new Column("ben_beneficiary", "id", "iban_enc"),
                new Column("ben_household_member", "id", "id_number_enc"));
    }
}
