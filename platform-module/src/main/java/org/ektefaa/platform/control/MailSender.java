package org.ektefaa.platform.control;

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
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through the association's SMTP server ({@code EKTEFAA_MAIL_HOST}, port, user, password, sender,
 * STARTTLS). UTF-8, so Arabic subjects and texts arrive intact.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "ektefaa.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "ektefaa.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "ektefaa.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "ektefaa.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "ektefaa.mail.from", defaultValue = "no-reply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "ektefaa.mail.starttls", defaultValue = "false")
    boolean startTls;

    public MailSender() {
    }

    /** For tests and tools: a sender for a given server. */
    public MailSender(String host, int port, String from) {
        this.host = Optional.of(host);
        this.port = port;
        this.user = Optional.empty();
        this.password = Optional.empty();
        this.from = from;
    }

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String body) throws MessagingException {
        if (!isConfigured()) {
            throw new MessagingException("no mail server configured (EKTEFAA_MAIL_HOST)");
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        Authenticator authenticator = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        MimeMessage message = new MimeMessage(Session.getInstance(props, authenticator));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
