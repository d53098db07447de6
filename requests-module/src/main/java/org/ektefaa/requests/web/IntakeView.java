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
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    Decisions decisions;

    @Inject
    BeneficiaryDirectory directory;

    private RequestType type = RequestType.INQUIRY;
    private ContactChannel channel;
    private List<ContactChannel> channels;
    private String reference;
    private BeneficiarySummary beneficiary;
    private String applicantName;
    private String applicantMobile;
    private String subject;
    private String details;
    private String serviceCode;
    private Long savedId;
    private String savedTracking;
    /** Names the request being typed: sent twice (a double click, a replayed post), it is saved once. */
    private String formKey = java.util.UUID.randomUUID().toString();

    @PostConstruct
    void init() {
        channels = decisions.enabledChannels();
        channel = channels.contains(ContactChannel.PHONE_CALL) ? ContactChannel.PHONE_CALL : channels.get(0);
    }

    public void findBeneficiary() {
        beneficiary = directory.findByReference(reference).orElse(null);
        if (beneficiary == null) {
            notices.warn("req", "intake.notFound");
        }
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
                        type == RequestType.SUPPORT ? serviceCode : null));
            } catch (jakarta.persistence.PersistenceException sentTwiceAtOnce) {
                saved = requests.sentByForm(formKey).orElseThrow(() -> sentTwiceAtOnce);
            }
            formKey = java.util.UUID.randomUUID().toString();
            savedId = saved.getId();
            savedTracking = saved.getTrackingNumber();
            notices.info("req", "intake.saved", saved.getTrackingNumber());
            subject = null;
            details = null;
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
