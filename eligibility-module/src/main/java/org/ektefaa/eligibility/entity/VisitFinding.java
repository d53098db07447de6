package org.ektefaa.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * What the researcher found of one criterion the file was assessed on ({@code code} the criterion's kind, with the
 * document's code after a colon for a required document):
 * {@code confirmed} true when the home matches what the file says, false when it does not.
 */
@Embeddable
public class VisitFinding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private boolean confirmed;

    protected VisitFinding() {
    }

    public VisitFinding(int position, String code, boolean confirmed) {
        this.position = position;
        this.code = code;
        this.confirmed = confirmed;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    /** The criterion's kind ({@code DOCUMENT_REQUIRED} for {@code DOCUMENT_REQUIRED:LEASE}). */
    public String getKind() {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }

    /** What the criterion names beyond its kind (the document's code), or null. */
    public String getDetail() {
        int colon = code.indexOf(':');
        return colon < 0 ? null : code.substring(colon + 1);
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
