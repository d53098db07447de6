package org.ektefaa.volunteering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Skill;

/** {@code #{skillNames.of(codes)}}: skill codes as their names in the page's language. */
@Named
@RequestScoped
public class SkillNames {

    @Inject
    Volunteers volunteers;

    public String of(Collection<String> codes) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String names = volunteers.skills().stream().filter(s -> codes.contains(s.getCode()))
                .map(s -> s.name(locale)).collect(Collectors.joining("ar".equals(locale.getLanguage()) ? "، " : ", "));
        return names.isEmpty() ? "—" : names;
    }
}
