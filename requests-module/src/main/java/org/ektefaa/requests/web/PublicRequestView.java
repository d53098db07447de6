package org.ektefaa.requests.web;

import org.ektefaa.platform.api.Allowances;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.entity.AidRequest;

/**
 * {@code /public/request.xhtml}: the association's website form (policy §4.7): an inquiry, suggestion,
 * complaint or support request from anyone, answered with a tracking number and the decision commitment.
 * Bots fill the hidden field and get nothing; each address may send 5 requests an hour
 * ({@code EKTEFAA_PUBLIC_REQUESTS_PER_HOUR}).
 */
@Named
@RequestScoped
public class PublicRequestView {

    @Inject
    Allowances allowances;

    @Inject
    Notices notices;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ektefaa.public.requests-per-hour", defaultValue = "5")
    int perHour;

    @Inject
    Requests requests;

    @Inject
    AssociationProfile profile;

    private RequestType type = RequestType.INQUIRY;
    private String name;
    private String mobile;
    private String subject;
    private String details;
    private String serviceCode;
    private String email;
    /** The visitor agrees to the processing the privacy notice describes (the boundary refuses without it). */
    private boolean consent;
    /** The honeypot: invisible to people, irresistible to form-filling robots. */
    private String website;
    private String trackingNumber;
    /** Names this form: sent twice (a double click, a replayed post), it makes one request. */
    private String formKey = java.util.UUID.randomUUID().toString();

    public boolean isOpen() {
        return profile.isEnabled(ContactChannel.WEBSITE);
    }

    public void send() {
        if (website != null && !website.isBlank()) {
            notices.error("req", "public.refused");
            return;
        }
        if (formKey == null || !formKey.matches(Requests.FORM_KEY)) {
            formKey = java.util.UUID.randomUUID().toString();
        }
        java.util.Optional<AidRequest> sentBefore = requests.sentByForm(formKey);
        if (sentBefore.isPresent()) {
            trackingNumber = sentBefore.get().getTrackingNumber();
            return;
        }
        if (!allowances.visitorMay("requests.website", Math.max(1, perHour), Duration.ofHours(1))) {
            notices.error("req", "public.tooMany");
            return;
        }
        try {
            AidRequest saved = requests.receiveOnce(formKey, new Requests.Intake(type, ContactChannel.WEBSITE, null,
                    name, mobile, subject, details, type == RequestType.SUPPORT ? serviceCode : null,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage(), email, consent));
            trackingNumber = saved.getTrackingNumber();
        } catch (RuleViolation violation) {
            notices.refused("req", violation);
        } catch (jakarta.persistence.PersistenceException sentTwiceAtOnce) {
            // The same form sent at the same moment: the other send made the request.
            trackingNumber = requests.sentByForm(formKey).orElseThrow(() -> sentTwiceAtOnce).getTrackingNumber();
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

    public java.util.List<org.ektefaa.requests.entity.Service> getServices() {
        return requests.services();
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public int getDecisionDays() {
        return profile.decisionPeriodDays();
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }
}
