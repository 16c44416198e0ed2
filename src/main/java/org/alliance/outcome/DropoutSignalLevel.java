package org.alliance.outcome;

/**
 * The risk at or above which an open episode raises a dropout-risk signal, with how the
 * clinic came to it, for the screens that say so.
 *
 * @param risk the signal risk, 0 to 1; NaN while the clinic has no model to take its
 * dropout rate from
 * @param words the level in words, e.g. "34% (twice the clinic's dropout rate of 17%)",
 * "50% (set by the clinic)" or "twice the clinic's dropout rate"
 */
record DropoutSignalLevel(double risk, String words) {

	/** A level the clinic set in {@code alliance.outcome.dropout-signal-risk}. */
	static DropoutSignalLevel fixed(double risk) {
		return new DropoutSignalLevel(risk, DropoutRiskFinding.percent(risk) + " (set by the clinic)");
	}

	/**
	 * A multiple of the clinic's dropout rate.
	 * @param multiple more than 1
	 * @param dropoutRate the dropout rate among the episodes the model was fitted on, or
	 * NaN without a model
	 */
	static DropoutSignalLevel relative(double multiple, double dropoutRate) {
		String times = (multiple == 2) ? "twice" : (fixedPoint(multiple) + " times");
		if (Double.isNaN(dropoutRate)) {
			return new DropoutSignalLevel(Double.NaN, times + " the clinic's dropout rate");
		}
		double risk = Math.min(1, multiple * dropoutRate);
		return new DropoutSignalLevel(risk, DropoutRiskFinding.percent(risk) + " (" + times
				+ " the clinic's dropout rate of " + DropoutRiskFinding.percent(dropoutRate) + ")");
	}

	/** Whether a risk reaches the level; never while the level is unknown. */
	boolean reachedBy(double estimated) {
		return estimated >= this.risk;
	}

	private static String fixedPoint(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
