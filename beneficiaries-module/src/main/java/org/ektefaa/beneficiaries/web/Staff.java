package org.ektefaa.beneficiaries.web;

import jakarta.faces.context.FacesContext;

/** The signed-in member of staff, for the views of this module. */
final class Staff {

    private Staff() {
    }

    static String name() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }
}
