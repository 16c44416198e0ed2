package org.alliance.outcome;

/**
 * A feature that raises a client's dropout risk, and by how much.
 *
 * @param feature the feature's name in the model, e.g. {@code early_alliance}
 * @param label the feature in a therapist's words
 * @param value the client's value
 * @param clinicMean the mean of the episodes the model was fitted on
 * @param contribution the standardised coefficient times the client's standardised value:
 * log-odds added against a client at the clinic's means; above 0
 */
public record DropoutDriver(String feature, String label, double value, double clinicMean, double contribution) {
}
