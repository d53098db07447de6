package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.platform.api.LocalizedName;

/** A kind of supporting document (identity card, family record, lease, income statement, ...). */
@Entity
@Table(name = "ben_document_type")
public class DocumentType extends CodedEntry {

    private static final long serialVersionUID = 1L;

    protected DocumentType() {
    }

    public DocumentType(String code, String nameAr, String nameEn) {
        super(code, new LocalizedName(nameAr, nameEn));
    }
}
