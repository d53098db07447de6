package org.ektefaa.platform.control;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The association's SMTP server, read as one object from {@code ektefaa.mail.*} ({@code EKTEFAA_MAIL_HOST},
 * {@code _PORT}, {@code _USER}, {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}). No host, no e-mail (messages
 * wait in the outbox).
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password, String from,
                           boolean startTls) {

    /** The settings this server is configured with. */
    public static MailSettings from(Config config) {
        return new MailSettings(config.getOptionalValue("ektefaa.mail.host", String.class),
                config.getOptionalValue("ektefaa.mail.port", Integer.class).orElse(25),
                config.getOptionalValue("ektefaa.mail.user", String.class),
                config.getOptionalValue("ektefaa.mail.password", String.class),
                config.getOptionalValue("ektefaa.mail.from", String.class).orElse("no-reply@localhost"),
                config.getOptionalValue("ektefaa.mail.starttls", Boolean.class).orElse(false));
    }

    /** Settings for a given server, without sign-in or STARTTLS (tests and tools). */
    public static MailSettings of(String host, int port, String from) {
        return new MailSettings(Optional.ofNullable(host), port, Optional.empty(), Optional.empty(), from, false);
    }

    /** No server at all. */
    public static MailSettings none() {
        return new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(), "no-reply@localhost", false);
    }

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host.orElse("") + ", port=" + port + ", from=" + from + "]"; // never the password
    }
}
