package org.ektefaa.requests.api;

import java.util.Optional;
import org.ektefaa.platform.api.ContactChannel;

/**
 * What another module may know of a request: how to reach the person behind it, in the language the
 * request was made in (the satisfaction module's invitation to evaluate, policy §3.5), and the facts of a
 * visit found by its tracking number (a survey answered at the reception kiosk). Nothing else.
 */
public interface RequestDirectory {

    /** A way to reach a person; {@code mobile} (E.164) or {@code email} may be null, not both. */
    record Contact(String mobile, String email, String language) {
    }

    /** A request as the person knows it: no name, no text. */
    record Visit(long requestId, String trackingNumber, RequestType type, ContactChannel channel,
                 String serviceCode, String language) {
    }

    /** The newest {@code max} requests on a beneficiary's file, newest first (the file's surveys tab, issue #21). */
    java.util.List<Visit> ofBeneficiary(long beneficiaryId, int max);

    /** Empty when the request is unknown or gives no way to reach the person. */
    Optional<Contact> contact(long requestId);

    /** The request with this tracking number, if any. */
    Optional<Visit> visit(String trackingNumber);

    /**
     * The name of the person the request is for, as a receipt addresses them (issue #23): the name the applicant gave,
     * or their file's; empty when the request is unknown or names nobody.
     */
    Optional<String> applicantName(long requestId);

    /** A request as the reports' facts describe it, for rebuilding facts that predate the reporting module. */
    record Snapshot(long requestId, String trackingNumber, RequestType type, ContactChannel channel, String serviceCode,
                    java.time.Instant receivedAt, java.time.Instant raisedAt, java.time.LocalDate dueDate,
                    java.time.Instant decidedAt, Boolean approved, Boolean metDeadline, int deliveries,
                    java.time.Instant closedAt, String complaintTheme, Boolean complaintUpheld) {
    }

    /** Up to {@code max} requests after {@code afterId}, in id order (a rebuild reads them batch by batch). */
    java.util.List<Snapshot> history(long afterId, int max);

    /** The names of the catalogue's services in a language, by service code (for reports). */
    java.util.Map<String, String> serviceNames(java.util.Locale locale);

    /** The names of the complaint themes in a language, by code (for reports). */
    java.util.Map<String, String> complaintThemes(java.util.Locale locale);
}
