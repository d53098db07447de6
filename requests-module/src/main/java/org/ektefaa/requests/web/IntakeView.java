package org.ektefaa.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.Decisions;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.entity.AidRequest;

/**
 * {@code /requests/intake.xhtml}: a contact recorded in seconds at the reception or on the phone: the type,
 * the channel, the person (a beneficiary's number or identity number, or a name and mobile), the text.
 */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    @Inject
    org.ektefaa.requests.boundary.PersonRequests people;

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    Decisions decisions;

    @Inject
    BeneficiaryDirectory directory;

    @Inject
    java.time.Clock clock;

    /** The same kind of request from the same person in the last 24 hours, if any: shown as a warning. */
    private AidRequest recent;

    private RequestType type = RequestType.INQUIRY;
    private ContactChannel channel;
    private List<ContactChannel> channels;
    private String reference;
    private BeneficiarySummary beneficiary;
    /** {@code ?beneficiary=}: the file the intake was opened from ("new request for this person"). */
    private Long fileId;
    private String applicantName;
    private String applicantMobile;
    private String subject;
    private String details;
    private String serviceCode;
    /** For a support request: how many of the service's unit, or how much money, is asked for. */
    private java.math.BigDecimal quantity;
    private Long savedId;
    private String savedTracking;
    /** Names the request being typed: sent twice (a double click, a replayed post), it is saved once. */
    private String formKey = java.util.UUID.randomUUID().toString();

    @PostConstruct
    void init() {
        channels = decisions.enabledChannels();
        channel = channels.contains(ContactChannel.PHONE_CALL) ? ContactChannel.PHONE_CALL : channels.get(0);
    }

    /** {@code f:viewAction}: opened from a file, the request is that person's. */
    public void fromFile() {
        if (fileId != null && beneficiary == null) {
            beneficiary = directory.summary(fileId).orElse(null);
            if (beneficiary != null) {
                reference = beneficiary.beneficiaryNumber();
            }
            checkRecent();
        }
    }

    public java.math.BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(java.math.BigDecimal quantity) {
        this.quantity = quantity;
    }

    public Long getFileId() {
        return fileId;
    }

    public void setFileId(Long fileId) {
        this.fileId = fileId;
    }

    public void findBeneficiary() {
        beneficiary = directory.findByReference(reference).orElse(null);
        if (beneficiary == null) {
            notices.warn("req", "intake.notFound");
        }
        checkRecent();
    }

    /**
     * Whether the same person (the file found, or the mobile typed) made the same kind of request in the last 24
     * hours: reception sees it, with its tracking number, before recording it again (issue #21).
     */
    public void checkRecent() {
        recent = type == null || beneficiary == null && (applicantMobile == null || applicantMobile.isBlank()) ? null
                : people.sameKindSince(beneficiary == null ? null : beneficiary.id(), applicantMobile, type,
                        clock.instant().minus(java.time.Duration.ofHours(24))).orElse(null);
    }

    public AidRequest getRecent() {
        return recent;
    }

    public void save() {
        if (formKey == null || !formKey.matches(Requests.FORM_KEY)) {
            formKey = java.util.UUID.randomUUID().toString();
        }
        try {
            AidRequest saved;
            try {
                saved = requests.receiveOnce(formKey, new Requests.Intake(type, channel,
                        beneficiary == null ? null : beneficiary.id(), applicantName, applicantMobile, subject, details,
                        type == RequestType.SUPPORT ? serviceCode : null)
                        .withQuantity(type == RequestType.SUPPORT ? quantity : null));
            } catch (jakarta.persistence.PersistenceException sentTwiceAtOnce) {
                saved = requests.sentByForm(formKey).orElseThrow(() -> sentTwiceAtOnce);
            }
            formKey = java.util.UUID.randomUUID().toString();
            savedId = saved.getId();
            savedTracking = saved.getTrackingNumber();
            notices.info("req", "intake.saved", saved.getTrackingNumber());
            if (saved.getDueDate() != null) { // the profile has reception raise support requests as it records them
                notices.info("req", "intake.raised", org.ektefaa.platform.api.saudi.HijriDates.both(saved.getDueDate(),
                        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            }
            // the form is cleared for the next caller: a second click records nothing twice (issue #21)
            subject = null;
            details = null;
            reference = null;
            beneficiary = null;
            fileId = null;
            recent = null;
            applicantName = null;
            applicantMobile = null;
            serviceCode = null;
            quantity = null;
        } catch (RuleViolation violation) {
            notices.refused("req", violation);
        }
    }

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }

    public RequestType[] getTypes() {
        return new RequestType[] {RequestType.INQUIRY, RequestType.SUPPORT, RequestType.COMPLAINT, RequestType.SUGGESTION};
    }

    public List<org.ektefaa.requests.entity.Service> getServices() {
        return requests.services();
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public List<ContactChannel> getChannels() {
        return channels;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BeneficiarySummary getBeneficiary() {
        return beneficiary;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantMobile() {
        return applicantMobile;
    }

    public void setApplicantMobile(String applicantMobile) {
        this.applicantMobile = applicantMobile;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public Long getSavedId() {
        return savedId;
    }

    public String getSavedTracking() {
        return savedTracking;
    }
}
