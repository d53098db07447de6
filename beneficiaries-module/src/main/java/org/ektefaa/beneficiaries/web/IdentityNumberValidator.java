package org.ektefaa.beneficiaries.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.NationalIds;

/**
 * Checks a national ID or Iqama number as it is typed, on the first step of registration: a number of
 * digits only must pass the check digit; one with letters is a passport or other document and is left as is.
 * (Faces creates validators itself: the message comes from the module's bundle through the Faces context, not
 * from an injected bean.)
 */
@FacesValidator("ben.identityNumber")
public class IdentityNumberValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String compact = Digits.normalise(value).replaceAll("[\\s-]", "");
        if (compact.chars().allMatch(Character::isDigit) && !NationalIds.isValid(compact)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    context.getApplication().getResourceBundle(context, "ben").getString("file.error.idInvalid"), null));
        }
    }
}
