package org.ektefaa.platform.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.PublicFace;

/** The association profile: one row, edited by administrators. */
@Entity
@Table(name = "plt_association_profile")
public class AssociationSettings implements Versioned {

    /** The profile is a single row with this id. */
    public static final int ID = 1;

    /** Decisions may be promised in one day at the fastest and three months at the slowest. */
    public static final int MIN_DECISION_DAYS = 1;
    public static final int MAX_DECISION_DAYS = 90;

    @Id
    private Integer id;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_ar", nullable = false)
    private String nameAr;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Size(max = 200)
    @Column(name = "board_chair_ar")
    private String boardChairAr;

    @Size(max = 200)
    @Column(name = "board_chair_en")
    private String boardChairEn;

    @Size(max = 300)
    @Column(name = "policy_approval_reference")
    private String policyApprovalReference;

    @Min(MIN_DECISION_DAYS)
    @Max(MAX_DECISION_DAYS)
    @Column(name = "decision_period_days", nullable = false)
    private int decisionPeriodDays;

    /** Whether reception's intake raises a support request to executive management in the same step. */
    @Column(name = "raise_at_intake", nullable = false)
    private boolean raiseAtIntake;

    /** The digits Arabic text is written with ({@code DigitStyle} name). */
    @Column(name = "arabic_digits", nullable = false)
    private String arabicDigits = "LATIN";

    /** Comma-separated {@link ContactChannel} names. */
    @Column(name = "enabled_channels", nullable = false)
    private String enabledChannels;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "logo_content_type")
    private String logoContentType;

    // what the public home shows (PublicFace); null is "not told"
    @Column(name = "about_ar")
    private String aboutAr;

    @Column(name = "about_en")
    private String aboutEn;

    @Column(name = "phone")
    private String phone;

    @Column(name = "whatsapp")
    private String whatsapp;

    @Column(name = "email")
    private String email;

    @Column(name = "address_ar")
    private String addressAr;

    @Column(name = "address_en")
    private String addressEn;

    @Column(name = "hours_ar")
    private String hoursAr;

    @Column(name = "hours_en")
    private String hoursEn;

    @Column(name = "map_url")
    private String mapUrl;

    @Column(name = "x_account")
    private String xAccount;

    @Column(name = "instagram_account")
    private String instagramAccount;

    @Column(name = "snapchat_account")
    private String snapchatAccount;

    @Column(name = "youtube_account")
    private String youtubeAccount;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "privacy_email")
    private String privacyEmail;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected AssociationSettings() {
    }

    public AssociationProfile toProfile() {
        return new AssociationProfile(nameAr, nameEn, boardChairAr, boardChairEn, policyApprovalReference,
                decisionPeriodDays, channels(), logoContentType != null, new PublicFace(aboutAr, aboutEn, phone, whatsapp, email, addressAr, addressEn, hoursAr, hoursEn, mapUrl, xAccount, instagramAccount, snapchatAccount, youtubeAccount, registrationNumber, privacyEmail), raiseAtIntake,
                org.ektefaa.platform.api.saudi.DigitStyle.of(arabicDigits));
    }

    /** Applies an administrator's edit. At least one channel stays enabled: a closed association serves nobody. */
    public void update(AssociationProfile edited, String by, Instant at) {
        if (edited.enabledChannels().isEmpty()) {
            throw new IllegalArgumentException("at least one contact channel must stay enabled");
        }
        this.nameAr = edited.nameAr();
        this.nameEn = edited.nameEn();
        this.boardChairAr = edited.boardChairAr();
        this.boardChairEn = edited.boardChairEn();
        this.policyApprovalReference = edited.policyApprovalReference();
        this.decisionPeriodDays = edited.decisionPeriodDays();
        this.raiseAtIntake = edited.raiseAtIntake();
        this.arabicDigits = edited.arabicDigits().name();
        this.enabledChannels = edited.enabledChannels().stream()
                .sorted().map(Enum::name).collect(Collectors.joining(","));
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Applies an administrator's edit of what the public home shows. */
    public void updatePublicFace(PublicFace face, String by, Instant at) {
        this.aboutAr = face.aboutAr();
        this.aboutEn = face.aboutEn();
        this.phone = face.phone();
        this.whatsapp = face.whatsapp();
        this.email = face.email();
        this.addressAr = face.addressAr();
        this.addressEn = face.addressEn();
        this.hoursAr = face.hoursAr();
        this.hoursEn = face.hoursEn();
        this.mapUrl = face.mapUrl();
        this.xAccount = face.xAccount();
        this.instagramAccount = face.instagramAccount();
        this.snapchatAccount = face.snapchatAccount();
        this.youtubeAccount = face.youtubeAccount();
        this.registrationNumber = face.registrationNumber();
        this.privacyEmail = face.privacyEmail();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void replaceLogo(byte[] image, String contentType, String by, Instant at) {
        this.logo = image;
        this.logoContentType = contentType;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void removeLogo(String by, Instant at) {
        replaceLogo(null, null, by, at);
    }

    private Set<ContactChannel> channels() {
        Set<ContactChannel> set = EnumSet.noneOf(ContactChannel.class);
        Arrays.stream(enabledChannels.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(ContactChannel::valueOf).forEach(set::add);
        return set;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
