package org.ektefaa.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.ektefaa.platform.api.saudi.HijriDates;
import org.ektefaa.requests.entity.TrackingCounter;

/**
 * Tracking numbers a person can quote: the Hijri year and a sequence, {@code 1447-000123}. The year's
 * counter row is read under a write lock, so two requests never get the same number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrackingNumbers {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    Clock clock;

    public String next() {
        int year = HijriDates.hijriYear(LocalDate.now(clock));
        TrackingCounter counter = em.find(TrackingCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new TrackingCounter(year);
            em.persist(counter);
        }
        return counter.next();
    }
}
