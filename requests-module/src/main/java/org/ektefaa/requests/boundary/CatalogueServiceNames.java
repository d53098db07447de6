package org.ektefaa.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ektefaa.eligibility.api.ServiceNames;
import org.ektefaa.platform.api.Role;
import org.ektefaa.requests.entity.Service;

/** The catalogue's services in use, for the eligibility rules page (services with criteria of their own, issue #26). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueServiceNames implements ServiceNames {

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Override
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<String, String> serviceNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Service s : em.createQuery("select s from Service s order by s.code", Service.class)
                .getResultList()) {
            names.put(s.getCode(), s.name(locale));
        }
        return names;
    }
}
