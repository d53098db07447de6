package org.ektefaa.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * E-mail through the association's SMTP server ({@link MailSettings}). UTF-8, so Arabic subjects and texts arrive intact.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    Config config;

    private MailSettings settings;

    public MailSender() {
    }

    @PostConstruct
    void read() {
        settings = MailSettings.from(config);
    }

    /** For tests and tools: a sender with settings of its own. */
    public MailSender(MailSettings settings) {
        this.settings = settings;
    }

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    public void send(String to, String subject, String body) throws MessagingException {
        if (!isConfigured()) {
            throw new MessagingException("no mail server configured (EKTEFAA_MAIL_HOST)");
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host().orElseThrow());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        Authenticator authenticator = null;
        if (settings.user().filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.user().orElseThrow(), settings.password().orElse(""));
                }
            };
        }
        MimeMessage message = new MimeMessage(Session.getInstance(props, authenticator));
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
