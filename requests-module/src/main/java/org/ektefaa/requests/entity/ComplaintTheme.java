package org.ektefaa.requests.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.platform.api.LocalizedName;

/**
 * What a complaint was about (waiting, conduct, quality of the service…), chosen by the officer who resolves it,
 * so the board sees the themes complaints fall into and which of them were upheld (policy §3.5, §6).
 */
@Entity
@Table(name = "req_complaint_theme")
public class ComplaintTheme extends CodedEntry {

    protected ComplaintTheme() {
    }

    public ComplaintTheme(String code, LocalizedName name) {
        super(code, name);
    }
}
