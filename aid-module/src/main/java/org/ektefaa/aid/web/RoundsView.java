package org.ektefaa.aid.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.aid.boundary.Rounds;
import org.ektefaa.aid.control.RoundBook;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.aid.entity.Round;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * {@code /aid/rounds.xhtml} (issue #27). Who opens it: the executive (or whoever organises the distribution) a few days
 * before handing aid out. What they decide: which programme is handed out where, on which day and between which
 * hours; then, having seen how many households the draft holds, to send each its collection code; after the day, to
 * close the round. In front of them: the rounds with how many lines and households each holds, how many were collected
 * and missed, and the action each allows.
 */
@Named
@ViewScoped
public class RoundsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rounds rounds;

    @Inject
    Notices notices;

    @Inject
    java.time.Clock clock;

    private List<Round> recent;
    private List<Programme> programmes;
    private final Map<Long, RoundBook.Tally> tallies = new HashMap<>();

    private Round.Kind kind = Round.Kind.COLLECTION;
    /** The transfer round whose lines with the bank are shown, and the bank's reason for refusing one. */
    private Round bankRound;
    private List<org.ektefaa.aid.entity.Instalment> withTheBank = List.of();
    private Map<Long, String> names = Map.of();
    private String bankReason;
    private String programmeCode;
    private LocalDate heldOn;
    private String place;
    private String hours;

    @PostConstruct
    void load() {
        recent = rounds.recent(50);
        programmes = rounds.programmes();
        tallies.clear();
        recent.forEach(r -> tallies.put(r.getId(), rounds.tally(r.getId())));
    }

    public void prepare() {
        try {
            Round round = rounds.prepare(kind, programmeCode, place, heldOn, hours);
            notices.info("aid", "round.prepared", rounds.tally(round.getId()).households());
            load();
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        }
    }

    public void notifyHouseholds(Round round) {
        act(() -> notices.info("aid", "round.notified", rounds.notifyHouseholds(round.getId(), round.getVersion())));
    }

    public void discard(Round round) {
        act(() -> {
            rounds.discard(round.getId(), round.getVersion());
            notices.info("aid", "round.discarded");
        });
    }

    public void close(Round round) {
        act(() -> {
            rounds.close(round.getId(), round.getVersion());
            notices.info("aid", "round.closed");
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException concurrent) {
            notices.editedMeanwhile();
        }
        load();
    }

    /**
     * The transfer batch for the bank, downloaded (a post: the page's form is its token); the round is then with the
     * bank. A refusal stays on the page.
     */
    public void exportTransfers(Round round) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        byte[] csv;
        try {
            csv = rounds.exportTransfers(round.getId(), round.getVersion(), faces.getViewRoot().getLocale());
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
            load();
            return;
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException concurrent) {
            notices.editedMeanwhile();
            load();
            return;
        }
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"transfers-" + round.getId()
                + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseContentLength(csv.length);
        try {
            external.getResponseOutputStream().write(csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public void markPaid(Round round) {
        act(() -> notices.info("aid", "transfer.paid", rounds.markPaid(round.getId(), round.getVersion())));
    }

    /** Shows the lines of a transfer round still with the bank, to mark one refused. */
    public void showBank(Round round) {
        bankRound = round;
        withTheBank = rounds.withTheBank(round.getId());
        names = rounds.names(withTheBank);
        bankReason = null;
    }

    public void refused(org.ektefaa.aid.entity.Instalment line) {
        try {
            rounds.refusedByBank(bankRound.getId(), line.getId(), bankReason);
            notices.info("aid", "transfer.refused");
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        }
        showBank(bankRound);
        load();
    }

    public String name(org.ektefaa.aid.entity.Instalment line) {
        return names.getOrDefault(line.getEntitlement().getFileId(), "");
    }

    public RoundBook.Tally tally(Round round) {
        return tallies.get(round.getId());
    }

    /** The programme's name in the page's language. */
    public String programmeName(Round round, java.util.Locale locale) {
        return programmes.stream().filter(p -> p.getCode().equals(round.getProgrammeCode())).findFirst()
                .map(p -> p.name(locale)).orElse(round.getProgrammeCode());
    }

    /** Whether the round is open for collection today (the collection page then leads to it). */
    public boolean collectingToday(Round round) {
        return round.isOpen() && round.getHeldOn().equals(LocalDate.now(clock));
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public List<Round> getRecent() {
        return recent;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public Round.Kind[] getKinds() {
        return Round.Kind.values();
    }

    public Round.Kind getKind() {
        return kind;
    }

    public void setKind(Round.Kind kind) {
        this.kind = kind;
    }

    public Round getBankRound() {
        return bankRound;
    }

    public List<org.ektefaa.aid.entity.Instalment> getWithTheBank() {
        return withTheBank;
    }

    public String getBankReason() {
        return bankReason;
    }

    public void setBankReason(String bankReason) {
        this.bankReason = bankReason;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }
}
