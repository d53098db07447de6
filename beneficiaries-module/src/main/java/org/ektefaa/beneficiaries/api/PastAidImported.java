package org.ektefaa.beneficiaries.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ektefaa.platform.api.ModuleEvent;

/**
 * Aid a person received before the association used Ektefaa, brought in with its spreadsheet (issue #25): one
 * delivery — when, what (as the spreadsheet names it), how much, from which fund when known — for the file it was
 * imported to, by import batch {@code batchId} (the person's {@code position} in it, the delivery's {@code item} among
 * theirs: a resumed batch does not record it twice). It is history: it
 * counts in the aid received in the last twelve months shown to the executive, never as a request.
 */
public record PastAidImported(long beneficiaryId, long batchId, int position, int item, LocalDate givenOn, String service,
                              BigDecimal quantity, BigDecimal amount, String fund) implements ModuleEvent {
}
