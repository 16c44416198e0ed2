package org.alliance.alliance;

/**
 * The published rules that call a session's alliance rating a rupture: a fall of at least
 * some number of standard deviations below the client's own running level.
 */
public enum RuptureRule {

	/**
	 * Strauss, Hayes, Johnson, Newman, Brown, Barber, Laurenceau &amp; Beck (2006), Early
	 * alliance, alliance ruptures, and symptom change in a nonrandomized trial of
	 * cognitive therapy for avoidant and obsessive-compulsive personality disorders, J
	 * Consult Clin Psychol 74(2), 337–345: a drop of at least 1 SD, repaired when the
	 * rating returns to the pre-rupture level.
	 */
	STRAUSS("strauss", 1.0),

	/**
	 * Stiles, Glick, Osatuke, Hardy, Shapiro, Agnew-Davies, Rees &amp; Barkham (2004),
	 * Patterns of alliance development and the rupture-repair hypothesis, J Couns Psychol
	 * 51(1), 81–92: a session at least 2 SD below the client's own level.
	 */
	STILES("stiles", 2.0);

	private final String code;

	private final double thresholdSd;

	RuptureRule(String code, double thresholdSd) {
		this.code = code;
		this.thresholdSd = thresholdSd;
	}

	/**
	 * The rule's name in files and on the command line.
	 * @return {@code strauss} or {@code stiles}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The published threshold.
	 * @return the fall, in SDs, that makes a rupture
	 */
	public double thresholdSd() {
		return this.thresholdSd;
	}

	/**
	 * Looks a rule up by its code.
	 * @param code {@code strauss} or {@code stiles}, any case
	 * @return the rule
	 * @throws IllegalArgumentException naming the known codes when unknown
	 */
	public static RuptureRule ofCode(String code) {
		for (RuptureRule rule : values()) {
			if (rule.code.equalsIgnoreCase(code)) {
				return rule;
			}
		}
		throw new IllegalArgumentException("unknown rupture rule '" + code + "'; known: strauss, stiles");
	}

}
