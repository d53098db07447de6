package org.ektefaa.aid.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.ektefaa.aid.boundary.Collections;
import org.ektefaa.aid.entity.Round;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * {@code /aid/collect.xhtml} (issue #27), on a phone at a distribution point, in a hall with a queue and a weak
 * connection. Who opens it: the distribution officer or a staff member helping at the point. What they decide, quickly
 * and without error: is this person entitled to collect this today, and have they already? In front of them: one box
 * for the code the person shows (or their identity number); then, large, the household's name and what is due, and one
 * button "Collected" — or, in red and without a button, who recorded it, where and when. A relative collecting for the
 * household gives their name and identity number. Nothing else of the file is shown.
 */
@Named
@ViewScoped
public class CollectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Collections collections;

    @Inject
    Notices notices;

    private List<Round> open;
    private Long roundId;
    private String typed;
    private List<Collections.Line> lines = List.of();
    /** Made when lines are shown: the same post sent again (a dropped connection) records nothing twice. */
    private String requestKey;
    private boolean byProxy;
    private String proxyName;
    private String proxyIdNumber;
    /** The lines this page recorded, shown as done rather than as "already collected". */
    private final java.util.Set<Long> recorded = new java.util.HashSet<>();

    @PostConstruct
    void load() {
        open = collections.openToday();
        if (roundId == null || open.stream().noneMatch(r -> r.getId().equals(roundId))) {
            roundId = open.isEmpty() ? null : open.get(0).getId();
        }
    }

    public void find() {
        lines = List.of();
        recorded.clear(); // a new search is a person at the desk: what was collected before reads "already"

        byProxy = false;
        proxyName = null;
        proxyIdNumber = null;
        if (roundId == null) {
            return;
        }
        try {
            lines = collections.find(roundId, typed, locale());
            requestKey = UUID.randomUUID().toString();
            if (lines.isEmpty()) {
                notices.warn("aid", "collect.notFound");
            }
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        }
    }

    public void collect(Collections.Line line) {
        try {
            collections.record(roundId, line.instalmentId(), requestKey, byProxy ? proxyName : null,
                    byProxy ? proxyIdNumber : null);
            notices.info("aid", "collect.recorded");
            recorded.add(line.instalmentId());
            typed = null; // the box is ready for the next person
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        } catch (jakarta.persistence.PersistenceException | jakarta.transaction.TransactionalException failed) {
            // not recorded (the database busy or away): said so, and the line offers its button again
            notices.error("aid", "collect.error.tryAgain");
        }
        try {
            lines = collections.again(roundId, lines.stream().map(Collections.Line::instalmentId).toList(), locale());
        } catch (RuleViolation closed) {
            lines = List.of();
            notices.refused("aid", closed);
        }
    }

    /** Whether this page recorded the line just now. */
    public boolean justRecorded(Collections.Line line) {
        return recorded.contains(line.instalmentId()) && line.status() == org.ektefaa.aid.entity.Instalment.Status.COLLECTED;
    }

    /** Another round chosen: what the last search showed belongs to the other one. */
    public void roundChanged() {
        lines = List.of();
        recorded.clear();
    }

    private static java.util.Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Round> getOpen() {
        return open;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public List<Collections.Line> getLines() {
        return lines;
    }

    public boolean isByProxy() {
        return byProxy;
    }

    public void setByProxy(boolean byProxy) {
        this.byProxy = byProxy;
    }

    public String getProxyName() {
        return proxyName;
    }

    public void setProxyName(String proxyName) {
        this.proxyName = proxyName;
    }

    public String getProxyIdNumber() {
        return proxyIdNumber;
    }

    public void setProxyIdNumber(String proxyIdNumber) {
        this.proxyIdNumber = proxyIdNumber;
    }
}
