package org.alliance.outcome;

import java.time.Instant;

/**
 * A clinic's fitted expected treatment response, as stored by the last refit.
 *
 * @param instrument the instrument whose totals it was fitted on, e.g. {@code phq9}
 * @param fittedAt when it was fitted
 * @param episodes the finished episodes it was fitted on
 * @param model the model, never null
 */
public record ClinicEtr(String instrument, Instant fittedAt, int episodes, ExpectedTreatmentResponse model) {
}
