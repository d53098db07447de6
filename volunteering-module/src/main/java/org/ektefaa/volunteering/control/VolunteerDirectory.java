package org.ektefaa.volunteering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Volunteer;

/**
 * The volunteer directory's query: by status, skill, city, and the day and time of day a volunteer can come, filtered
 * in the database (days and times are kept as sorted names separated by commas, {@code "FRIDAY,MONDAY"}), newest
 * first, one page at a time (Criteria API).
 */
@ApplicationScoped
public class VolunteerDirectory {

    /** What the coordinator looks for; {@code null} means any. */
    public record Filter(VolunteerStatus status, String skill, String city, DayOfWeek day, TimeOfDay time)
            implements Serializable {
    }

    @PersistenceContext(unitName = "volunteering")
    EntityManager em;

    public VolunteerDirectory() {
    }

    /** For a module test: the directory over an entity manager of its own. */
    public VolunteerDirectory(EntityManager em) {
        this.em = em;
    }

    public List<Volunteer> search(Filter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Volunteer> query = cb.createQuery(Volunteer.class);
        Root<Volunteer> v = query.from(Volunteer.class);
        query.select(v).distinct(true).where(matching(cb, v, filter)).orderBy(cb.desc(v.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Volunteer> v = query.from(Volunteer.class);
        query.select(cb.countDistinct(v)).where(matching(cb, v, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Volunteer> v, Filter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add(cb.equal(v.get("status"), filter.status()));
        }
        if (filter.skill() != null) {
            where.add(cb.isMember(filter.skill(), v.<java.util.Collection<String>>get("skills")));
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.add(cb.equal(v.get("city"), filter.city().strip()));
        }
        if (filter.day() != null) {
            where.add(listed(cb, v.get("availableDays"), filter.day().name()));
        }
        if (filter.time() != null) {
            where.add(listed(cb, v.get("availableTimes"), filter.time().name()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Whether {@code name} is one of the comma-separated {@code names}: the whole list, its first, last or a middle one. */
    private static Predicate listed(CriteriaBuilder cb, Expression<String> names, String name) {
        return cb.or(cb.equal(names, name), cb.like(names, name + ",%"), cb.like(names, "%," + name),
                cb.like(names, "%," + name + ",%"));
    }
}
