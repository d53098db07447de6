package org.ektefaa.platform.api;

import java.util.Locale;
import java.util.Set;

/**
 * A snapshot of the association profile: the settings that let any association publish the same policy
 * text under its own name. Immutable; read it through {@code Settings} in the platform or receive it with
 * {@link AssociationProfileChanged}.
 */
public record AssociationProfile(String nameAr, String nameEn, String boardChairAr, String boardChairEn,
                                 String policyApprovalReference, int decisionPeriodDays,
                                 Set<ContactChannel> enabledChannels, boolean hasLogo, PublicFace publicFace,
                                 boolean raiseAtIntake, org.ektefaa.platform.api.saudi.DigitStyle arabicDigits)
        implements java.io.Serializable {

    public AssociationProfile {
        enabledChannels = Set.copyOf(enabledChannels);
        publicFace = publicFace == null ? PublicFace.EMPTY : publicFace;
        arabicDigits = arabicDigits == null ? org.ektefaa.platform.api.saudi.DigitStyle.LATIN : arabicDigits;
    }

    /** The profile's core settings; what it tells the public is edited on its own ({@code Settings.savePublicFace}). */
    public AssociationProfile(String nameAr, String nameEn, String boardChairAr, String boardChairEn,
                              String policyApprovalReference, int decisionPeriodDays,
                              Set<ContactChannel> enabledChannels, boolean hasLogo) {
        this(nameAr, nameEn, boardChairAr, boardChairEn, policyApprovalReference, decisionPeriodDays, enabledChannels,
                hasLogo, PublicFace.EMPTY, false, null);
    }

    /**
     * The profile with what it tells the public, reception's intake leaving support requests for a separate raise and
     * Arabic written with Latin digits.
     */
    public AssociationProfile(String nameAr, String nameEn, String boardChairAr, String boardChairEn,
                              String policyApprovalReference, int decisionPeriodDays,
                              Set<ContactChannel> enabledChannels, boolean hasLogo, PublicFace publicFace) {
        this(nameAr, nameEn, boardChairAr, boardChairEn, policyApprovalReference, decisionPeriodDays, enabledChannels,
                hasLogo, publicFace, false, null);
    }

    /**
     * The same profile with reception's intake raising support requests to executive management in the same step
     * ({@code raiseAtIntake}, issue #21) or not.
     */
    public AssociationProfile raisingAtIntake(boolean raise) {
        return new AssociationProfile(nameAr, nameEn, boardChairAr, boardChairEn, policyApprovalReference,
                decisionPeriodDays, enabledChannels, hasLogo, publicFace, raise, arabicDigits);
    }

    /** The same profile with Arabic text written in {@code style}'s digits (issue #22). */
    public AssociationProfile writingArabicWith(org.ektefaa.platform.api.saudi.DigitStyle style) {
        return new AssociationProfile(nameAr, nameEn, boardChairAr, boardChairEn, policyApprovalReference,
                decisionPeriodDays, enabledChannels, hasLogo, publicFace, raiseAtIntake, style);
    }

    /** The association's name in the given language (Arabic for anything but English). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameAr;
    }

    public String boardChair(Locale locale) {
        return "en".equals(locale.getLanguage()) ? boardChairEn : boardChairAr;
    }

    public boolean isEnabled(ContactChannel channel) {
        return enabledChannels.contains(channel);
    }
}
