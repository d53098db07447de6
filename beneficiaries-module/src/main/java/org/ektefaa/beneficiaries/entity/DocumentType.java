package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.ektefaa.platform.api.LocalizedName;

/** A kind of supporting document (identity card, family record, lease, income statement, ...). */
@Entity
@Table(name = "ben_document_type")
public class DocumentType implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;

    @Embedded
    private LocalizedName name;


    protected DocumentType() {
    }

    public DocumentType(String code, String nameAr, String nameEn) {
        this.code = code;
        this.name = new LocalizedName(nameAr, nameEn);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    public LocalizedName getName() {
        return name;
    }

    public String getCode() {
        return code;
    }


}
