package org.ektefaa.satisfaction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ektefaa.satisfaction.boundary.Invitations;
import org.ektefaa.satisfaction.entity.Invitation;

/**
 * The surveys tab of a beneficiary's file (issue #21): who opens it — reception and the executive, looking at a
 * person; what they need — whether the person was asked to evaluate each service and whether they answered, so that
 * a caller asking "where is my survey link?" is answered and a missed invitation is seen. Never the answers (policy
 * §3.6: an evaluation must not weigh on the person's next request).
 */
@Named
@ViewScoped
public class FileSurveysView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most invitations a file shows. */
    static final int SHOWN = 100;

    @Inject
    java.time.Clock clock;

    /** Where an invitation stands now: expired once its link has, before the hourly timer records it (issue #22). */
    public org.ektefaa.satisfaction.entity.InvitationStatus statusOf(org.ektefaa.satisfaction.entity.Invitation invitation) {
        return invitation.statusAt(clock.instant());
    }

    @Inject
    Invitations invitations;

    private Long loadedFor;
    private List<Invitation> shown = List.of();

    public List<Invitation> of(long fileId) {
        if (loadedFor == null || loadedFor != fileId) {
            shown = invitations.ofBeneficiary(fileId, SHOWN);
            loadedFor = fileId;
        }
        return shown;
    }
}
