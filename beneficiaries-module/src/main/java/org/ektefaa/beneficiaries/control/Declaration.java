package org.ektefaa.beneficiaries.control;

/**
 * The declaration the applicant signs (policy §5.3). Its text lives in the module bundle under
 * {@code declaration.text}; when the wording changes, the version changes, and each signed file keeps the
 * version it was signed under.
 */
public final class Declaration {

    public static final String CURRENT_VERSION = "DECL-1";

    private Declaration() {
    }
}
