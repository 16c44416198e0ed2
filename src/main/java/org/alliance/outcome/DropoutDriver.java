package org.alliance.outcome;

import java.util.Locale;

/**
 * A feature that raises a client's dropout risk, and by how much.
 *
 * @param feature the feature's name in the model, e.g. {@code early_alliance}
 * @param label the feature in a therapist's words
 * @param value the client's value
 * @param clinicMean the mean of the episodes the model was fitted on
 * @param contribution the standardised coefficient times the client's standardised value:
 * log-odds added against a client at the clinic's means; at least 0.1
 */
public record DropoutDriver(String feature, String label, double value, double clinicMean, double contribution) {

	/**
	 * What raises the risk in plain words, from the side of the clinic's mean the client
	 * is on (a driver raises the risk, so a weak alliance when the model's alliance
	 * coefficient is negative): "weak early alliance", "a missed session", "little early
	 * change".
	 * @return never null
	 */
	public String inWords() {
		boolean above = this.value > this.clinicMean;
		return switch (this.feature) {
			case "early_alliance" -> above ? "strong early alliance" : "weak early alliance";
			case "missed_sessions" -> missed();
			case "phq9_early_change" -> !above ? "a large early drop in PHQ-9"
					: (this.value > 0) ? "PHQ-9 rising early" : "little early change";
			case "phq9_baseline" -> (above ? "high" : "low") + " PHQ-9 at the start";
			case "gad7_baseline" -> (above ? "high" : "low") + " GAD-7 at the start";
			case "early_rupture" -> (this.value > 0) ? "an early rupture" : "no early rupture";
			default -> this.label;
		};
	}

	/**
	 * The client's value against the clinic's, e.g. "client's alliance at sessions 1-2
	 * (per-item mean, 1-5) 2.8, clinic mean 4.1".
	 * @return never null
	 */
	public String detail() {
		return this.label + " " + number(this.value) + ", clinic mean " + number(this.clinicMean);
	}

	private String missed() {
		if (this.value == 0) {
			return "no missed session";
		}
		return (this.value == 1) ? "a missed session" : number(this.value) + " missed sessions";
	}

	/** A whole number without decimals, any other with one. */
	static String number(double value) {
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
