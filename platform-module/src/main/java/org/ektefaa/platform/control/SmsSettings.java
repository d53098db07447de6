package org.ektefaa.platform.control;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The SMS gateway, read as one object from {@code ektefaa.sms.*} ({@code EKTEFAA_SMS_URL}, {@code _TOKEN},
 * {@code _SENDER}). No address, no SMS (messages wait in the outbox).
 */
public record SmsSettings(Optional<String> url, Optional<String> token, String sender) {

    /** The settings this server is configured with. */
    public static SmsSettings from(Config config) {
        return new SmsSettings(config.getOptionalValue("ektefaa.sms.url", String.class),
                config.getOptionalValue("ektefaa.sms.token", String.class),
                config.getOptionalValue("ektefaa.sms.sender", String.class).orElse("Ektefaa"));
    }

    /** Settings for a gateway at a given address (tests and tools). */
    public static SmsSettings of(String url, String token, String sender) {
        return new SmsSettings(Optional.ofNullable(url), Optional.ofNullable(token), sender);
    }

    public boolean isConfigured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    @Override
    public String toString() {
        return "SmsSettings[url=" + url.orElse("") + ", sender=" + sender + "]"; // never the token
    }
}
