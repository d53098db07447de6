package org.ektefaa.requests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ektefaa.requests.boundary.Catalogue;
import org.ektefaa.requests.entity.Service;

/**
 * Services as pages name them ({@code #{serviceNames.name(code, view.locale)}}, {@code #{serviceNames.unit(…)}}): the
 * catalogue read once per request, a withdrawn service still named, an unknown code shown as it is.
 */
@Named
@RequestScoped
public class ServiceNames {

    @Inject
    Catalogue catalogue;

    private Map<String, Service> services;

    private Service find(String code) {
        if (services == null) {
            services = new HashMap<>();
            catalogue.allServices().forEach(s -> services.put(s.getCode(), s));
        }
        return code == null ? null : services.get(code);
    }

    /** The service's name in {@code locale}'s language, or the code, or empty. */
    public String name(String code, Locale locale) {
        Service service = find(code);
        return service == null ? Objects.requireNonNullElse(code, "") : service.name(locale);
    }

    /** The unit its quantities are counted in ("سلة", "SAR"), or empty. */
    public String unit(String code, Locale locale) {
        Service service = find(code);
        if (service == null) {
            return "";
        }
        return Objects.requireNonNullElse("ar".equals(locale.getLanguage()) ? service.getUnitAr() : service.getUnitEn(), "");
    }
}
