package org.ektefaa.requests.web;

import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.RequestHandling;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;

/** {@code /requests/request.xhtml?id=}: one request, its timeline, and the next step its status allows. */
@Named
@ViewScoped
public class RequestView implements Serializable {

    @Inject
    org.ektefaa.requests.boundary.PersonRequests people;

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueries queries;

    @Inject
    java.time.Clock clock;

    private long id;
    private AidRequest request;
    private java.util.List<org.ektefaa.requests.entity.Attachment> attachments = java.util.List.of();
    private String text;
    private String note;
    private java.math.BigDecimal quantity;
    private java.time.LocalDate deliveredOn;
    private String theme;
    private Boolean upheld;
    private java.util.List<org.ektefaa.requests.entity.ComplaintTheme> themes = java.util.List.of();

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param == null || !param.matches("\\d{1,18}")) {
            return; // found() answers "page not found"
        }
        id = Long.parseLong(param);
        deliveredOn = LocalDate.now(clock);
        try {
            reload();
        } catch (RuleViolation missing) {
            request = null;
        }
    }

    /** {@code f:viewAction}: an address that names no request answers "page not found", as any unknown address does. */
    public void found() {
        if (request == null) {
            org.omnifaces.util.Faces.responseSendError(404, null);
        }
    }

    private void reload() {
        request = queries.find(id).orElseThrow(() -> new RuleViolation("request.error.missing"));
        attachments = requests.attachments(id);
        if (request.getType() == RequestType.COMPLAINT && themes.isEmpty()) {
            themes = requests.complaintThemes();
        }
    }

    public void answer() {
        act(() -> handling.answer(id, request.getVersion(), text, theme, upheld), "request.answered");
    }

    /** A complaint being resolved asks for its theme and whether it was upheld. */
    public boolean isComplaint() {
        return request.getType() == RequestType.COMPLAINT;
    }

    public java.util.List<org.ektefaa.requests.entity.ComplaintTheme> getThemes() {
        return themes;
    }

    /** The name of the complaint's theme, once resolved. */
    public String themeName() {
        return themes.stream().filter(t -> t.getCode().equals(request.getComplaintTheme())).findFirst()
                .map(t -> t.name(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse(request.getComplaintTheme());
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public void setUpheld(Boolean upheld) {
        this.upheld = upheld;
    }

    public void raise() {
        act(() -> handling.raise(id, request.getVersion()), "request.raised");
    }

    public void addNote() {
        act(() -> handling.note(id, request.getVersion(), note), "request.noteAdded");
    }

    /** A file handed in with the request. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        act(() -> requests.attach(id, request.getVersion(), event.getFile().getFileName(), event.getFile().getContent()),
                "attachment.added");
    }

    public java.util.List<org.ektefaa.requests.entity.Attachment> getAttachments() {
        return attachments;
    }

    /** The signed-in officer takes the request on; it then shows under "assigned to me". */
    public void takeOn() {
        act(() -> handling.assign(id, request.getVersion(), me()), "request.assigned");
        note = null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public void askApplicant() {
        act(() -> handling.waitForApplicant(id, request.getVersion(), text), "request.asked");
    }

    public void applicantAnswered() {
        act(() -> handling.applicantAnswered(id, request.getVersion()), "request.resumed");
    }

    public boolean isAskable() {
        return request.canAskApplicant();
    }

    public boolean isWaiting() {
        return request.isWaitingForApplicant();
    }

    public void deliver() {
        act(() -> handling.deliver(id, request.getVersion(), quantity, deliveredOn, text), "request.delivered");
        quantity = null;
        deliveredOn = LocalDate.now(clock);
    }

    /** The last delivery was recorded: the service is complete and the request closed, in one action (issue #21). */
    public void completeAndClose() {
        act(() -> handling.completeAndClose(id, request.getVersion()), "request.closed");
    }

    /** How to reach the person: the mobile they gave, or their file's (issue #21). */
    public String getContactMobile() {
        return people.contactMobile(request);
    }

    public void completeService() {
        act(() -> handling.completeService(id, request.getVersion()), "request.completed");
    }

    public boolean isCompletable() {
        return request.canCompleteService();
    }

    public String serviceName() {
        return request.getServiceCode() == null ? "" : requests.services().stream()
                .filter(s -> s.getCode().equals(request.getServiceCode())).findFirst()
                .map(s -> s.name(FacesContext.getCurrentInstance().getViewRoot().getLocale()) + " ("
                        + s.unit(FacesContext.getCurrentInstance().getViewRoot().getLocale()) + ")")
                .orElse(request.getServiceCode());
    }

    public java.math.BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(java.math.BigDecimal quantity) {
        this.quantity = quantity;
    }

    public java.time.LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(java.time.LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public void close() {
        act(() -> handling.close(id, request.getVersion()), "request.closed");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            notices.info("req", done);
            text = null;
        } catch (RuleViolation violation) {
            notices.refused("req", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        reload();
    }

    public boolean isAnswerable() {
        return request.canAnswer();
    }

    public boolean isRaisable() {
        return request.canRaiseForDecision();
    }

    public boolean isDeliverable() {
        return request.canDeliver();
    }

    public boolean isClosable() {
        return request.canClose();
    }

    public String getPerson() {
        return queries.personName(request);
    }

    private static String me() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public AidRequest getRequest() {
        return request;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
