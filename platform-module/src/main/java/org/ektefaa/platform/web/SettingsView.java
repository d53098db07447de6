package org.ektefaa.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.PublicFace;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.platform.boundary.Settings;
import org.primefaces.event.FileUploadEvent;

/** {@code /admin/settings.xhtml}: the association profile. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    private long version;
    private String nameAr;
    private String nameEn;
    private String boardChairAr;
    private String boardChairEn;
    private String policyApprovalReference;
    private int decisionPeriodDays;
    private boolean raiseAtIntake;
    private org.ektefaa.platform.api.saudi.DigitStyle arabicDigits;
    private List<ContactChannel> channels;
    /** What the public home tells, by {@link PublicFace} component name (the form binds {@code face.phone} and so on). */
    private final java.util.Map<String, String> face = new java.util.HashMap<>();

    @PostConstruct
    void load() {
        Settings.Editable editable = settings.editable();
        AssociationProfile p = editable.profile();
        version = editable.version();
        nameAr = p.nameAr();
        nameEn = p.nameEn();
        boardChairAr = p.boardChairAr();
        boardChairEn = p.boardChairEn();
        policyApprovalReference = p.policyApprovalReference();
        decisionPeriodDays = p.decisionPeriodDays();
        raiseAtIntake = p.raiseAtIntake();
        arabicDigits = p.arabicDigits();
        channels = new ArrayList<>(p.enabledChannels().stream().sorted().toList());
        face.clear();
        for (java.lang.reflect.RecordComponent part : PublicFace.class.getRecordComponents()) {
            face.put(part.getName(), (String) read(part, p.publicFace()));
        }
    }

    public void savePublicFace() {
        try {
            java.lang.reflect.RecordComponent[] parts = PublicFace.class.getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = face.get(parts[i].getName());
                types[i] = String.class;
            }
            settings.savePublicFace(PublicFace.class.getDeclaredConstructor(types).newInstance(values), version);
            load();
            notices.info("plt", "settings.saved");
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        } catch (RuntimeException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.validation.ConstraintViolationException) {
                    // a value of the wrong shape: the form keeps what was typed, nothing is saved
                    notices.error("plt", "settings.error.publicFace");
                    return;
                }
            }
            throw failed;
        }
    }

    private static Object read(java.lang.reflect.RecordComponent part, PublicFace from) {
        try {
            return part.getAccessor().invoke(from);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public java.util.Map<String, String> getFace() {
        return face;
    }

    public void save() {
        try {
            settings.save(new AssociationProfile(nameAr, nameEn, boardChairAr, boardChairEn, policyApprovalReference,
                    decisionPeriodDays, channels.isEmpty() ? EnumSet.noneOf(ContactChannel.class)
                    : EnumSet.copyOf(channels), false).raisingAtIntake(raiseAtIntake)
                    .writingArabicWith(arabicDigits), version);
            load();
            notices.info("plt", "settings.saved");
        } catch (RuleViolation violation) {
            notices.refused("plt", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    public void uploadLogo(FileUploadEvent event) {
        try {
            settings.replaceLogo(event.getFile().getContent());
            version = settings.editable().version();
            notices.info("plt", "settings.logoSaved");
        } catch (RuleViolation violation) {
            notices.refused("plt", violation);
        }
    }

    public ContactChannel[] getAllChannels() {
        return ContactChannel.values();
    }

    public int getMaxLogoBytes() {
        return Settings.MAX_LOGO_BYTES;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getBoardChairAr() {
        return boardChairAr;
    }

    public void setBoardChairAr(String boardChairAr) {
        this.boardChairAr = boardChairAr;
    }

    public String getBoardChairEn() {
        return boardChairEn;
    }

    public void setBoardChairEn(String boardChairEn) {
        this.boardChairEn = boardChairEn;
    }

    public String getPolicyApprovalReference() {
        return policyApprovalReference;
    }

    public void setPolicyApprovalReference(String policyApprovalReference) {
        this.policyApprovalReference = policyApprovalReference;
    }

    public int getDecisionPeriodDays() {
        return decisionPeriodDays;
    }

    public org.ektefaa.platform.api.saudi.DigitStyle getArabicDigits() {
        return arabicDigits;
    }

    public void setArabicDigits(org.ektefaa.platform.api.saudi.DigitStyle arabicDigits) {
        this.arabicDigits = arabicDigits;
    }

    public org.ektefaa.platform.api.saudi.DigitStyle[] getDigitStyles() {
        return org.ektefaa.platform.api.saudi.DigitStyle.values();
    }

    public boolean isRaiseAtIntake() {
        return raiseAtIntake;
    }

    public void setRaiseAtIntake(boolean raiseAtIntake) {
        this.raiseAtIntake = raiseAtIntake;
    }

    public void setDecisionPeriodDays(int decisionPeriodDays) {
        this.decisionPeriodDays = decisionPeriodDays;
    }

    public List<ContactChannel> getChannels() {
        return channels;
    }

    public void setChannels(List<ContactChannel> channels) {
        this.channels = channels;
    }
}
