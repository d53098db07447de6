package org.ektefaa.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.boundary.Assessments;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * The eligibility tab of a file (issue #26). Who opens it: reception, to see which criteria are not known yet (a
 * document to ask for, an income to verify); the executive, to see why a file is or is not eligible and how great
 * its need is. What they need: the outcome, each criterion in words, the score with its breakdown, when it was
 * assessed and until when it holds, and a way to assess again after adding what was missing.
 */
@Named
@ViewScoped
public class StandingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessments assessments;

    @Inject
    Notices notices;

    /** The files read for this view, with their latest assessment (null: never assessed). */
    private final HashMap<Long, Standing> read = new HashMap<>();

    /** The file's latest assessment, or null when it was never assessed. */
    public Standing of(long fileId) {
        if (!read.containsKey(fileId)) {
            read.put(fileId, assessments.latest(fileId).orElse(null));
        }
        return read.get(fileId);
    }

    public void again(long fileId) {
        try {
            read.put(fileId, assessments.assessAgain(fileId));
            notices.info("elg", "standing.assessed");
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }
}
