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

    private java.util.List<Skill> skills;

    /** Called for every row of a table: the skill list is read once per request. */
    public String of(Collection<String> codes) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (skills == null) {
            skills = volunteers.skills();
        }
        String names = skills.stream().filter(s -> codes.contains(s.getCode()))
                .map(s -> s.name(locale)).collect(Collectors.joining("ar".equals(locale.getLanguage()) ? "، " : ", "));
        return names.isEmpty() ? "—" : names;
    }
}
