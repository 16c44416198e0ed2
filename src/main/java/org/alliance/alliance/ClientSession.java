package org.alliance.alliance;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The client's own alliance rating at one session, the input of the rupture rules.
 *
 * @param session number of the session
 * @param scores per-item means by scale; the rules read the total and, when present,
 * bond, task and goal; copied
 */
public record ClientSession(int session, Map<AllianceScale, Double> scores) {

	public ClientSession {
		scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
	}

	/**
	 * A session with only a total score, as in a researcher's long-format file.
	 * @param session number of the session
	 * @param total the total score, on any scale
	 * @return the session, never null
	 */
	public static ClientSession ofTotal(int session, double total) {
		return new ClientSession(session, Map.of(AllianceScale.TOTAL, total));
	}

	/**
	 * The score of one scale.
	 * @param scale the scale
	 * @return the score, empty when not rated
	 */
	public OptionalDouble score(AllianceScale scale) {
		Double score = this.scores.get(scale);
		return (score != null) ? OptionalDouble.of(score) : OptionalDouble.empty();
	}

}
