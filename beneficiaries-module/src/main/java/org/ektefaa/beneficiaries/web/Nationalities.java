package org.ektefaa.beneficiaries.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nationalities by their country's name in the page's language, kept as ISO 3166 codes (issue #22: "SA" never shows
 * as "SA"): the list the registration form chooses from — Saudi Arabia first, then the others in alphabetical order of
 * that language — and the name a file shows. A value typed before the list existed ("سعودي") is shown as it was typed.
 */
@Named
@ApplicationScoped
public class Nationalities {

    /** A nationality to choose: its code and its name. */
    public record Choice(String code, String name) implements java.io.Serializable {
    }

    private final Map<String, List<Choice>> byLanguage = new ConcurrentHashMap<>();

    /** Every nationality, in the page's language; {@code kept} (the value the form holds) among them. */
    public List<Choice> all(String kept) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<Choice> choices = byLanguage.computeIfAbsent(locale.getLanguage(), language -> list(locale));
        if (kept == null || kept.isBlank() || choices.stream().anyMatch(c -> c.code().equals(kept))) {
            return choices;
        }
        List<Choice> withKept = new ArrayList<>(choices);
        withKept.add(0, new Choice(kept, kept));
        return withKept;
    }

    /** The name of a nationality's code in the page's language; anything else as it is. */
    public String name(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{2}")) {
            return code == null ? "" : code;
        }
        String iso = code.strip().toUpperCase(Locale.ROOT);
        String name = new Locale("", iso).getDisplayCountry(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return name.isBlank() || name.equals(iso) ? code : name;
    }

    private static List<Choice> list(Locale locale) {
        Collator order = Collator.getInstance(locale);
        List<Choice> choices = new ArrayList<>();
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(locale);
            if (!"SA".equals(iso) && !name.isBlank() && !name.equals(iso)) {
                choices.add(new Choice(iso, name));
            }
        }
        choices.sort(Comparator.comparing(Choice::name, order));
        choices.add(0, new Choice("SA", new Locale("", "SA").getDisplayCountry(locale)));
        return List.copyOf(choices);
    }
}
