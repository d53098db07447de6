package org.ektefaa.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.PolicyVersions;
import org.ektefaa.platform.api.PublicFace;

/**
 * The association's public front door: the home at {@code /} (who the association is, what it offers, how to reach
 * it on each enabled channel of policy §4, and where to send, follow or volunteer), the policy as published
 * ({@code /public/policy.xhtml}, its text in the reader's language with the board's approval) and the privacy
 * notice ({@code /public/privacy.xhtml}). Everything comes from the association profile: nothing about one
 * association is written into the pages.
 */
@Named
@RequestScoped
public class PublicPages {

    /** The policy's text as published, section by section. */
    static final String DOCUMENT = "org.ektefaa.platform.policy.document";

    @Inject
    AssociationProfile profile;

    @Inject
    PolicyVersions policies;

    @Inject
    Language language;

    @Inject
    Clock clock;

    /** A section of the policy: its number (§N), title, running text, and numbered items. */
    public record Section(String number, String title, String text, List<Item> items) {
    }

    /** An item of a section (§N.M) with the points it lists, if any. */
    public record Item(String number, String text, List<String> points) {
    }

    public AssociationProfile getProfile() {
        return profile;
    }

    public PublicFace getFace() {
        return profile.publicFace();
    }

    /** Whom to write to about personal data: the privacy address, else the association's e-mail. */
    public String getPrivacyEmail() {
        PublicFace face = profile.publicFace();
        return face.privacyEmail() != null ? face.privacyEmail() : face.email();
    }

    /** The channels of policy §4 the association has enabled, in the policy's order. */
    public List<ContactChannel> getChannels() {
        return Arrays.stream(ContactChannel.values()).filter(profile::isEnabled).toList();
    }

    public boolean isEnabled(String channel) {
        return profile.isEnabled(ContactChannel.valueOf(channel));
    }

    /** The policy, in the reader's language, with the association's name where the text names it. */
    public List<Section> getPolicy() {
        Locale locale = language.getLocale();
        ResourceBundle text = ResourceBundle.getBundle(DOCUMENT, locale);
        String name = profile.name(locale);
        List<Section> sections = new ArrayList<>();
        for (String n : list(text, "sections")) {
            List<Item> items = new ArrayList<>();
            for (String m : list(text, "s" + n + ".items")) {
                List<String> points = list(text, "s" + n + "." + m + ".points").stream()
                        .map(p -> text.getString("s" + n + "." + m + "." + p)).toList();
                items.add(new Item(n + "." + m, text.getString("s" + n + "." + m), points));
            }
            String body = text.containsKey("s" + n + ".text")
                    ? MessageFormat.format(text.getString("s" + n + ".text").replace("'", "''"), name) : null;
            sections.add(new Section(n, text.getString("s" + n + ".title"), body, items));
        }
        return sections;
    }

    /** A line of the published policy's own text (its title, the board's approval). */
    public String policyText(String key) {
        return ResourceBundle.getBundle(DOCUMENT, language.getLocale()).getString(key);
    }

    /** The version of the policy in force today, if administrators recorded one. */
    public Optional<PolicyVersions.Version> getInForce() {
        return policies.inForceOn(LocalDate.now(clock));
    }

    private static List<String> list(ResourceBundle text, String key) {
        return text.containsKey(key) ? Arrays.stream(text.getString(key).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList() : List.of();
    }
}
