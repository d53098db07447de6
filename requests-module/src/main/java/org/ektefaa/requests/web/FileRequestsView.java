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

    @Inject
    org.ektefaa.requests.boundary.PersonRequests people;

    private Long loadedFor;
    private List<AidRequest> requests = List.of();
    private List<Delivered> deliveries = List.of();

    private void load(long fileId) {
        if (loadedFor == null || loadedFor != fileId) {
            requests = people.ofBeneficiary(fileId, SHOWN);
            deliveries = requests.stream()
                    .flatMap(r -> r.getDeliveries().stream().map(d -> new Delivered(d.getDeliveredOn(), r.getId(),
                            r.getTrackingNumber(), r.getServiceCode(), d.getQuantity())))
                    .sorted(Comparator.comparing(Delivered::on).reversed()).toList();
            loadedFor = fileId;
        }
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
