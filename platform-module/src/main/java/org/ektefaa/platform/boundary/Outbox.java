package org.ektefaa.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.platform.control.MailSender;
import org.ektefaa.platform.control.SmsGateway;
import org.ektefaa.platform.api.protect.PersonalData;
import org.ektefaa.platform.entity.OutboxMessage;

/**
 * The notification outbox: a {@link NotificationRequested} becomes one message per channel in the firing
 * transaction (so a rolled-back change sends nothing, and a committed one is never forgotten); the drain
 * sends due messages one transaction each, retrying failures with growing pauses, and staff see the
 * failures. Logs name message ids, never recipients or texts. Recipients and texts are sealed with the field
 * key while they wait; once sent, the text is dropped (a survey or volunteer link in it must not outlive its
 * delivery in the database or its backups) and the recipient is kept masked.
 */
@ApplicationScoped
@Transactional
public class Outbox implements org.ektefaa.platform.api.MessageLog {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** The channels whose waiting messages the log has told of (once per server). */
    private final java.util.Set<OutboxMessage.Channel> toldUnconfigured = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    MailSender mail;

    @Inject
    SmsGateway sms;

    @Inject
    Clock clock;

    @Inject
    PersonalData personalData;

    @Inject
    org.ektefaa.platform.kernel.DigitStyles digits;

    void on(@Observes NotificationRequested notification) {
        NotificationRequested request = readingInOrder(notification);
        Instant now = clock.instant();
        if (request.email() != null && !request.email().isBlank()) {
            em.persist(new OutboxMessage(OutboxMessage.Channel.EMAIL, sealed(request.email()), request.subject(),
                    sealed(request.body()), request.reference(), now));
        }
        if (request.mobile() != null && !request.mobile().isBlank()) {
            // an SMS has no subject line; the subject is kept so that staff see what it was about once its text is gone
            em.persist(new OutboxMessage(OutboxMessage.Channel.SMS, sealed(request.mobile()), request.subject(),
                    sealed(request.body()), request.reference(), now));
        }
    }

    /**
     * An Arabic message with its tracking numbers, references and clause signs isolated (Unicode isolates, issue #22),
     * so that a mail client or a phone shows {@code 1448-000398} as it was typed, and its digits in the profile's
     * style; English text is left as it is.
     */
    private NotificationRequested readingInOrder(NotificationRequested request) {
        return new NotificationRequested(request.email(), request.mobile(), isolated(request.subject()),
                isolated(request.body()), request.reference());
    }

    /** Arabic text isolated and written in the profile's digits (issue #22); other text as it is. */
    private String isolated(String text) {
        return org.ektefaa.platform.api.saudi.Bidi.hasArabic(text)
                ? digits.arabic().shape(org.ektefaa.platform.api.saudi.Bidi.isolateRuns(text)) : text;
    }

    /**
     * Ids of messages due now, oldest first, on the channels the association has configured. A message for a channel
     * with no mail server or SMS gateway waits, unattempted, until one is configured: the administrators' page says
     * so, and the log once per channel and server (not a warning per message and attempt, hundreds after a demo).
     */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<Long> due(int max) {
        List<OutboxMessage.Channel> channels = new java.util.ArrayList<>();
        for (OutboxMessage.Channel channel : OutboxMessage.Channel.values()) {
            if (isConfigured(channel)) {
                channels.add(channel);
            } else if (!toldUnconfigured.contains(channel) && !em.createQuery("select m.id from OutboxMessage m"
                            + " where m.status = :pending and m.channel = :channel", Long.class)
                    .setParameter("pending", OutboxMessage.Status.PENDING).setParameter("channel", channel)
                    .setMaxResults(1).getResultList().isEmpty()) {
                toldUnconfigured.add(channel);
                LOG.warning(channel == OutboxMessage.Channel.EMAIL
                        ? "E-mails wait in the outbox: no mail server is configured (set EKTEFAA_MAIL_HOST)"
                        : "SMS wait in the outbox: no SMS gateway is configured (set EKTEFAA_SMS_URL)");
            }
        }
        if (channels.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                        + " and m.channel in :channels order by m.nextAttemptAt", Long.class)
                .setParameter("pending", OutboxMessage.Status.PENDING).setParameter("now", clock.instant())
                .setParameter("channels", channels).setMaxResults(max).getResultList();
    }

    /** The channels with no mail server or SMS gateway configured: their messages wait (the outbox page says so). */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<OutboxMessage.Channel> unconfigured() {
        return java.util.Arrays.stream(OutboxMessage.Channel.values()).filter(c -> !isConfigured(c)).toList();
    }

    private boolean isConfigured(OutboxMessage.Channel channel) {
        return channel == OutboxMessage.Channel.EMAIL ? mail.isConfigured() : sms.isConfigured();
    }

    /** Sends one message in its own transaction; a failure is recorded for a later retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @RolesAllowed({Role.ADMIN_NAME})
    public void send(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getStatus() != OutboxMessage.Status.PENDING) {
            return;
        }
        try {
            PersonalData protection = personalData;
            String recipient = message.recipient(protection);
            if (message.getChannel() == OutboxMessage.Channel.EMAIL) {
                mail.send(recipient, message.getSubject(), message.body(protection));
            } else {
                sms.send(recipient, message.body(protection));
            }
            message.sent(clock.instant(), masked(recipient));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            message.failed(e.getMessage(), clock.instant());
            LOG.warning("Outbox message " + id + " (" + message.getChannel() + ") not sent, attempt "
                    + message.getAttempts() + ": " + e.getClass().getSimpleName());
        }
    }

    private String sealed(String plain) {
        return personalData.seal(plain);
    }

    /** {@code n***@example.sa} for an e-mail address, {@code *********4567} for a mobile. */
    static String masked(String recipient) {
        int at = recipient.indexOf('@');
        return at > 0 ? recipient.charAt(0) + "***" + recipient.substring(at) : PersonalData.masked(recipient);
    }

    /**
     * A message as the outbox page shows it (issue #22): to whom (masked), what it is about, and while it waits or
     * failed a preview of its text with every link cut out (a one-time link must not be usable from a screen either).
     */
    public record Shown(long id, OutboxMessage.Channel channel, String recipient, String subject, String reference,
                        OutboxMessage.Status status, int attempts, String lastError, Instant createdAt, String preview)
            implements java.io.Serializable {
    }

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");

    /**
     * A one-time collection code standing on its own (issue #27): six capital letters and digits, a letter among them,
     * the digits perhaps written in Arabic-Indic by the profile.
     */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9\u0660-\u0669])(?=[A-Z0-9\u0660-\u0669]{0,5}[A-Z])[A-Z0-9\u0660-\u0669]{6}"
                    + "(?![A-Za-z0-9\u0660-\u0669])");

    /** The newest messages, for the administrators' outbox page. */
    @RolesAllowed({Role.ADMIN_NAME})
    public List<Shown> recentShown(int max) {
        return recent(max).stream().map(m -> new Shown(m.getId(), m.getChannel(), shown(m), m.getSubject(),
                m.getReference(), m.getStatus(), m.getAttempts(), m.getLastError(), m.getCreatedAt(), preview(m))).toList();
    }

    private String preview(OutboxMessage message) {
        String body = message.getStatus() == OutboxMessage.Status.SENT ? null : message.body(personalData);
        if (body == null) {
            return null;
        }
        String cut = cut(body);
        return cut.length() > 160 ? cut.substring(0, 160) + "…" : cut;
    }

    /**
     * A message's text with what would let someone act in the person's name cut out: a link, a one-time token standing
     * on its own (a public address configured without its scheme), a collection code.
     */
    static String cut(String body) {
        return CODE.matcher(TOKEN.matcher(LINK.matcher(body).replaceAll("…")).replaceAll("…")).replaceAll("……");
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public List<OutboxMessage> recent(int max) {
        return em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setMaxResults(max).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<OutboxMessage> about(String reference) {
        return em.createQuery("select m from OutboxMessage m where m.reference = :r order by m.id", OutboxMessage.class)
                .setParameter("r", reference).getResultList();
    }

    /** What a beneficiary's file shows of the messages about their requests (issue #21): masked, without text. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME})
    public List<Message> about(java.util.Collection<String> references, int max) {
        if (references.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from OutboxMessage m where m.reference in :r order by m.createdAt desc, m.id desc",
                        OutboxMessage.class).setParameter("r", references).setMaxResults(max).getResultStream()
                .map(m -> new Message(m.getChannel().name(), shown(m), m.getSubject(), m.getStatus().name(),
                        m.getCreatedAt(), m.getSentAt(), m.getReference())).toList();
    }

    /** The recipient as staff may see it: masked once sent; opened and masked while it waits or failed. */
    private String shown(OutboxMessage message) {
        return message.getStatus() == OutboxMessage.Status.SENT ? message.recipient(personalData)
                : masked(message.recipient(personalData));
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public void retry(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null && message.getStatus() == OutboxMessage.Status.FAILED) {
            message.retry(clock.instant());
        }
    }
}
