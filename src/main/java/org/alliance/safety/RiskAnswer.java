package org.alliance.safety;

import java.util.Map;
import java.util.Optional;

import org.alliance.instrument.Answer;

/**
 * A risk answer: PHQ-9 item 9 ("Thoughts that you would be better off dead, or of hurting
 * yourself in some way") answered above 0. Any answer above "Not at all" calls for the
 * clinician to assess suicide risk directly (Kroenke, Spitzer &amp; Williams 2001, J Gen
 * Intern Med 16:606-613; PHQ-9 instructions). No threshold, analysis or alert budget
 * applies to it.
 *
 * @param instrument {@code phq9}
 * @param item {@code 9}
 * @param value the answer, 1 to 3 (several days, more than half the days, nearly every
 * day)
 */
public record RiskAnswer(String instrument, String item, int value) {

	private static final Map<String, String> RISK_ITEMS = Map.of("phq9", "9");

	/** The risk answer among these answers, if there is one. */
	public static Optional<RiskAnswer> in(String instrument, Map<String, Answer> answers) {
		String item = RISK_ITEMS.get(instrument);
		if (item == null || !(answers.get(item) instanceof Answer.Choice choice) || choice.value() <= 0) {
			return Optional.empty();
		}
		return Optional.of(new RiskAnswer(instrument, item, choice.value()));
	}

	/** The answer in the PHQ-9's own words. */
	public String wording() {
		return switch (this.value) {
			case 1 -> "several days";
			case 2 -> "more than half the days";
			default -> "nearly every day";
		};
	}

}
