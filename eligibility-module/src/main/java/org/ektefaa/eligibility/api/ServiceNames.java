package org.ektefaa.eligibility.api;

import java.util.Locale;
import java.util.Map;

/**
 * The services of the catalogue, which the requests module keeps, as the eligibility rules page names them: a service
 * may have criteria of its own (issue #26). Eligibility may not read requests, so requests provides this.
 */
public interface ServiceNames {

    /** Every service of the catalogue, withdrawn ones too (code to name in {@code locale}), by code. */
    Map<String, String> serviceNames(Locale locale);
}
