package org.ektefaa.requests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.RequestQueries;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /requests/list.xhtml}: every request, newest first, by status and type; counted once per filter. */
@Named
@ViewScoped
public class RequestListView implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    org.ektefaa.requests.boundary.PersonRequests people;

    @Inject
    RequestQueries queries;

    private RequestStatus status;
    private RequestType type;
    private boolean overdue;
    private boolean mine;
    private boolean open;
    /** What was typed in the search box: a tracking number, a mobile, an identity or beneficiary number, a name. */
    private String text;
    private org.ektefaa.platform.api.ContactChannel channel;
    private final Model model = new Model();

    /** The order the list was last shown in: the export follows it. */
    private RequestQueries.Sort sortedBy = RequestQueries.Sort.NEWEST;

    @Inject
    java.time.Clock clock;

    @Inject
    ServiceNames serviceNames;

    /** The names of the page shown, read once per page (one query for the files), by request id. */
    private final Map<Long, String> names = new java.util.HashMap<>();

    public String person(AidRequest request) {
        return names.getOrDefault(request.getId(), "");
    }

    public LazyDataModel<AidRequest> getModel() {
        return model;
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public org.ektefaa.platform.api.ContactChannel[] getChannels() {
        return org.ektefaa.platform.api.ContactChannel.values();
    }

    public org.ektefaa.platform.api.ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(org.ektefaa.platform.api.ContactChannel channel) {
        this.channel = channel;
    }

    /** "Assigned to me": the signed-in user's requests only. */
    /** What the list shows now: the filters chosen, and the signed-in employee's own requests when asked. */
    private RequestQueries.Filter filter() {
        return new RequestQueries.Filter(status, type, channel, overdue, assignee(), open, null).searching(text);
    }

    private String assignee() {
        return mine ? jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() : null;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** How many requests the list holds now ({@link #isCapped}: at least this many). */
    public int getCount() {
        return model.count(Map.of());
    }

    /**
     * The list as it is filtered and sorted, for a spreadsheet (issue #21): {@code csv} or {@code xlsx}, at most the
     * {@link #LISTED} newest, in the page's language, sent as a download.
     */
    public void export(String format) throws java.io.IOException {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.Locale locale = faces.getViewRoot().getLocale();
        java.util.ResourceBundle req = faces.getApplication().getResourceBundle(faces, "req");
        java.util.ResourceBundle plt = faces.getApplication().getResourceBundle(faces, "plt");
        java.time.ZoneId zone = clock.getZone();
        List<RequestSheet.Line> lines = new java.util.ArrayList<>();
        RequestQueries.Filter filter = filter();
        for (int first = 0; first < LISTED; first += EXPORT_PAGE) {
            List<AidRequest> page = queries.list(filter, first, EXPORT_PAGE, sortedBy);
            Map<Long, String> people = this.people.personNames(page);
            for (AidRequest r : page) {
                lines.add(new RequestSheet.Line(r.getTrackingNumber(), req.getString("RequestType." + r.getType()),
                        serviceNames.name(r.getServiceCode(), locale), r.getRequestedQuantity(),
                        r.getRequestedQuantity() == null ? "" : serviceNames.unit(r.getServiceCode(), locale),
                        people.getOrDefault(r.getId(), ""), plt.getString("ContactChannel." + r.getChannel()),
                        java.time.LocalDateTime.ofInstant(r.getCreatedAt(), zone), req.getString("RequestStatus." + r.getStatus()),
                        Objects.requireNonNullElse(r.getAssignedTo(), ""), r.getDueDate()));
            }
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        List<String> headers = java.util.stream.Stream.of("queue.tracking", "queue.type", "queue.service", "request.requested",
                "export.unit", "queue.person", "queue.channel", "list.received", "queue.status", "request.assignee",
                "queue.due").map(req::getString).toList();
        java.io.ByteArrayOutputStream sheet = new java.io.ByteArrayOutputStream();
        boolean xlsx = "xlsx".equals(format);
        if (xlsx) {
            RequestSheet.xlsx(headers, lines, "ar".equals(locale.getLanguage()), sheet);
        } else {
            RequestSheet.csv(headers, lines, sheet);
        }
        org.omnifaces.util.Faces.sendFile(sheet.toByteArray(),
                "requests-" + java.time.LocalDate.now(clock) + (xlsx ? ".xlsx" : ".csv"), true);
    }

    /** Requests read at a time for an export. */
    static final int EXPORT_PAGE = 1_000;

    /** "Open only": the requests not finished, as the dashboard counts them. */
    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    /** The newest this many requests are listed; the filters narrow the rest. */
    static final int LISTED = 10_000;

    /** How many requests the list and its export hold at most. */
    public int getListed() {
        return LISTED;
    }

    /** Whether more requests match than the list pages through (the page says to narrow the filters). */
    public boolean isCapped() {
        return getCount() >= LISTED; // the table's row count is known only once the table has loaded, after this line
    }

    private class Model extends LazyDataModel<AidRequest> {
        private static final long serialVersionUID = 1L;
        private RequestQueries.Filter countedFor;
        private int counted;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            RequestQueries.Filter filter = filter();
            if (!Objects.equals(filter, countedFor)) {
                counted = queries.countUpTo(LISTED, filter);
                countedFor = filter;
            }
            return counted;
        }

        @Override
        public List<AidRequest> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sortedBy = sort(sortBy);
            List<AidRequest> page = queries.list(filter(), first, pageSize, sortedBy);
            names.clear();
            names.putAll(people.personNames(page));
            return page;
        }

        /** The column the list is sorted by (received or tracking number), newest first unless asked otherwise. */
        private RequestQueries.Sort sort(Map<String, SortMeta> sortBy) {
            SortMeta meta = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            if (meta == null || meta.getOrder() == null || meta.getOrder().isUnsorted()) {
                return RequestQueries.Sort.NEWEST;
            }
            boolean ascending = meta.getOrder().isAscending();
            if ("trackingNumber".equals(meta.getField())) {
                return ascending ? RequestQueries.Sort.TRACKING_ASCENDING : RequestQueries.Sort.TRACKING_DESCENDING;
            }
            return ascending ? RequestQueries.Sort.OLDEST : RequestQueries.Sort.NEWEST;
        }

        @Override
        public String getRowKey(AidRequest request) {
            return String.valueOf(request.getId());
        }

        @Override
        public AidRequest getRowData(String rowKey) {
            return null;
        }
    }
}
