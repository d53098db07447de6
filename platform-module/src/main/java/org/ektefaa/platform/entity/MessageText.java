package org.ektefaa.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;

/** An administrator's wording of one message text in one language. */
@Entity
@Table(name = "plt_message_text")
public class MessageText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String bundle;

    @Column(name = "text_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String text;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected MessageText() {
    }

    public MessageText(String bundle, String key, String language, String text, String by, Instant at) {
        this.bundle = bundle;
        this.key = key;
        this.language = language;
        change(text, by, at);
    }

    public final void change(String text, String by, Instant at) {
        this.text = text;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }
}
