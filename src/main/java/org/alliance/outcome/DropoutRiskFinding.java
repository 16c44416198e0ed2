package org.alliance.outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * An open episode's dropout risk at or above the clinic's signal risk, as the inbox tells
 * it: the risk by the landmark session with the features that raise it most, in plain
 * words ("Dropout risk 62% by session 3: weak early alliance, a missed session, little
 * early change"), and the evidence the signal's page lists.
 *
 * @param atRisk the client and the risk, never null
 * @param landmark the session L the features are read up to
 * @param signalLevel the clinic's signal level
 * @param method the model in words ({@link DropoutModelReport.Fitted#phrase}), or null
 */
record DropoutRiskFinding(ClientAtRisk atRisk, int landmark, DropoutSignalLevel signalLevel, String method) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A risk as a whole percentage, e.g. "62%". */
	static String percent(double risk) {
		return Math.round(risk * 100) + "%";
	}

	/** One line for the inbox. */
	String summary() {
		List<String> words = this.atRisk.drivers().stream().map(DropoutDriver::inWords).toList();
		return "Dropout risk " + percent(this.atRisk.risk()) + " by session " + this.landmark
				+ (words.isEmpty() ? "" : ": " + String.join(", ", words));
	}

	/** The evidence: a flat JSON object of labels and values. */
	String evidence() {
		Map<String, String> evidence = new LinkedHashMap<>();
		evidence.put("risk", percent(this.atRisk.risk()) + " (a signal from " + this.signalLevel.words() + ")");
		if (this.method != null) {
			evidence.put("judged", this.method);
		}
		evidence.put("features read", "sessions 1 to " + this.landmark + "; risk given from session "
				+ this.atRisk.landmark().number() + " (" + this.atRisk.landmark().date() + ")");
		for (DropoutDriver driver : this.atRisk.drivers()) {
			evidence.put(driver.inWords(),
					driver.detail() + String.format(Locale.ROOT, "; adds %.2f to the log-odds", driver.contribution()));
		}
		return JSON.writeValueAsString(evidence);
	}

}
