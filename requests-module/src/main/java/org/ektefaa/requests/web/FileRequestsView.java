package org.ektefaa.requests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.ektefaa.requests.entity.AidRequest;

/**
 * The requests tab of a beneficiary's file (issue #21): who opens it — reception and the executive, looking at a
 * person; what they need — every request the person made, where each stands, and what was delivered to them, with a
 * way to record a new request for this person in one step.
 */
@Named
@ViewScoped
public class FileRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most requests a file shows (the list filters the rest). */
    static final int SHOWN = 100;

    /** A delivery on the file: which request, what, when, how much. */
    public record Delivered(LocalDate on, long requestId, String trackingNumber, String serviceCode, BigDecimal quantity)
            implements Serializable {
    }

    /**
     * A contact between the association and the person, either way: a request they made on a channel of policy §4,
     * a follow-up call the association owes them, a message sent to them (what it was about, never its text).
     *
     * @param incoming whether the person contacted the association
     * @param channel  a {@code ContactChannel} for requests, {@code SMS} or {@code EMAIL} for messages
     * @param status   for a message, {@code PENDING}, {@code SENT} or {@code FAILED}; null for a request
     */
    public record Contact(java.time.Instant at, boolean incoming, String channel, String about, String status,
                          String recipient, long requestId, String trackingNumber) implements Serializable {
    }

    @Inject
    org.ektefaa.requests.boundary.PersonRequests people;

    @Inject
    org.ektefaa.platform.api.MessageLog messages;

    private Long loadedFor;
    private List<AidRequest> requests = List.of();
    private List<Delivered> deliveries = List.of();
    private List<Contact> contacts;

    private void load(long fileId) {
        if (loadedFor == null || loadedFor != fileId) {
            requests = people.ofBeneficiary(fileId, SHOWN);
            deliveries = requests.stream()
                    .flatMap(r -> r.getDeliveries().stream().map(d -> new Delivered(d.getDeliveredOn(), r.getId(),
                            r.getTrackingNumber(), r.getServiceCode(), d.getQuantity())))
                    .sorted(Comparator.comparing(Delivered::on).reversed()).toList();
            contacts = null;
            loadedFor = fileId;
        }
    }

    /**
     * The contacts tab (issue #21): every request and every message about them, newest first. Who opens it — reception
     * with the person on the phone ("you sent me nothing"); what they need — what was sent, when, to which masked
     * number, and whether it arrived.
     */
    public List<Contact> contactsOf(long fileId) {
        load(fileId);
        if (contacts == null) {
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            List<Contact> all = new java.util.ArrayList<>();
            for (AidRequest r : requests) {
                ids.put(r.getTrackingNumber(), r.getId());
                all.add(new Contact(r.getCreatedAt(), r.getType() != org.ektefaa.requests.api.RequestType.FOLLOW_UP,
                        r.getChannel().name(), r.getType().name(), null, null, r.getId(), r.getTrackingNumber()));
            }
            for (org.ektefaa.platform.api.MessageLog.Message m : messages.about(ids.keySet(), SHOWN)) {
                all.add(new Contact(m.createdAt(), false, m.channel(), m.subject(), m.status(), m.recipient(),
                        ids.get(m.reference()), m.reference()));
            }
            all.sort(Comparator.comparing(Contact::at).reversed());
            contacts = List.copyOf(all);
        }
        return contacts;
    }

    public List<AidRequest> requestsOf(long fileId) {
        load(fileId);
        return requests;
    }

    public List<Delivered> deliveriesOf(long fileId) {
        load(fileId);
        return deliveries;
    }
}
