package org.ektefaa.beneficiaries.web;

import jakarta.inject.Inject;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.NationalIds;
import org.ektefaa.platform.api.web.Notices;

/**
 * Checks a national ID or Iqama number as it is typed, on the first step of registration: a number of
 * digits only must pass the check digit; one with letters is a passport or other document and is left as is.
 */
@FacesValidator(value = "ben.identityNumber", managed = true)
public class IdentityNumberValidator implements Validator<String> {

    @Inject
    Notices notices;

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String compact = Digits.normalise(value).replaceAll("[\\s-]", "");
        if (compact.chars().allMatch(Character::isDigit) && !NationalIds.isValid(compact)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    notices.text("ben", "file.error.idInvalid"), null));
        }
    }
}
