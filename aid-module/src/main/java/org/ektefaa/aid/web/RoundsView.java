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
            Round round = rounds.prepare(programmeCode, place, heldOn, hours);
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
