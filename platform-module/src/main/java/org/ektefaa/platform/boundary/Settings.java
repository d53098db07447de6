package org.ektefaa.platform.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.AssociationProfileChanged;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.ContentTypes;
import org.ektefaa.platform.entity.AssociationSettings;

/** The association profile: read by every page's shell, edited by administrators. */
@ApplicationScoped
@Transactional
public class Settings implements org.ektefaa.platform.api.AssociationLogo {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** The profile as stored, with the version an edit must start from. */
    public record Editable(AssociationProfile profile, long version) {
    }

    /** The association's logo. */
    public record Logo(byte[] image, String contentType, Instant updatedAt) {
    }

    public static final int MAX_LOGO_BYTES = 512 * 1024;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Event<AssociationProfileChanged> changed;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    @PermitAll
    public AssociationProfile profile() {
        return settings().toProfile();
    }

    /** Lets any module inject the current {@link AssociationProfile} without depending on this boundary. */
    @Produces
    @Dependent
    AssociationProfile current() {
        return profile();
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public Editable editable() {
        AssociationSettings settings = settings();
        return new Editable(settings.toProfile(), settings.getVersion());
    }

    /** Saves an administrator's edit, unless someone saved the profile since {@code expectedVersion} was read. */
    @RolesAllowed({Role.ADMIN_NAME})
    public AssociationProfile save(@NotNull @Valid AssociationProfile edited, long expectedVersion) {
        String by = caller.name();
        AssociationSettings settings = settings();
        Versioned.asSeen(settings, expectedVersion);
        if (edited.decisionPeriodDays() < AssociationSettings.MIN_DECISION_DAYS
                || edited.decisionPeriodDays() > AssociationSettings.MAX_DECISION_DAYS) {
            throw new RuleViolation("settings.error.decisionDays", AssociationSettings.MIN_DECISION_DAYS,
                    AssociationSettings.MAX_DECISION_DAYS);
        }
        if (edited.enabledChannels().isEmpty()) {
            throw new RuleViolation("settings.error.noChannel");
        }
        Instant now = clock.instant();
        settings.update(edited, by, now);
        em.flush();
        AssociationProfile saved = settings.toProfile();
        audited.fire(new Audited(by, "PROFILE_CHANGED", "AssociationProfile", "1",
                "decisionPeriodDays=" + saved.decisionPeriodDays() + " channels=" + saved.enabledChannels().size()
                        + " raiseAtIntake=" + saved.raiseAtIntake() + " arabicDigits=" + saved.arabicDigits()));
        changed.fire(new AssociationProfileChanged(saved, by, now));
        return saved;
    }

    /** Saves what the public home tells, unless someone saved the profile since {@code expectedVersion} was read. */
    @RolesAllowed({Role.ADMIN_NAME})
    public AssociationProfile savePublicFace(@NotNull @Valid org.ektefaa.platform.api.PublicFace face, long expectedVersion) {
        String by = caller.name();
        AssociationSettings settings = settings();
        Versioned.asSeen(settings, expectedVersion);
        Instant now = clock.instant();
        settings.updatePublicFace(face, by, now);
        em.flush();
        AssociationProfile saved = settings.toProfile();
        audited.fire(new Audited(by, "PUBLIC_FACE_CHANGED", "AssociationProfile", "1", null));
        changed.fire(new AssociationProfileChanged(saved, by, now));
        return saved;
    }

    @Override
    @PermitAll
    public Optional<byte[]> logoImage() {
        return logo().map(Logo::image);
    }

    @PermitAll
    public Optional<Logo> logo() {
        AssociationSettings settings = settings();
        return Optional.ofNullable(settings.getLogoContentType())
                .map(type -> new Logo(settings.getLogo(), type, settings.getUpdatedAt()));
    }

    /** Replaces the logo with a PNG or JPEG image (checked by its content, not its name). */
    @RolesAllowed({Role.ADMIN_NAME})
    public void replaceLogo(@NotNull byte[] image) {
        String by = caller.name();
        if (image.length == 0 || image.length > MAX_LOGO_BYTES) {
            throw new RuleViolation("settings.error.logoSize", MAX_LOGO_BYTES / 1024);
        }
        String type = ContentTypes.image(image).orElseThrow(() -> new RuleViolation("settings.error.logoType"));
        Instant now = clock.instant();
        AssociationSettings settings = settings();
        settings.replaceLogo(image, type, by, now);
        em.flush();
        audited.fire(new Audited(by, "LOGO_CHANGED", "AssociationProfile", "1", type));
        changed.fire(new AssociationProfileChanged(settings.toProfile(), by, now));
    }

    private AssociationSettings settings() {
        return em.find(AssociationSettings.class, AssociationSettings.ID);
    }
}
