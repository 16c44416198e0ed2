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
	STRAUSS("strauss", 1.0, 1.59),

	/**
	 * Stiles, Glick, Osatuke, Hardy, Shapiro, Agnew-Davies, Rees &amp; Barkham (2004),
	 * Patterns of alliance development and the rupture-repair hypothesis, J Couns Psychol
	 * 51(1), 81–92: a session at least 2 SD below the client's own level.
	 */
	STILES("stiles", 2.0, 2.43);

	private final String code;

	private final double thresholdSd;

	private final double componentThresholdSd;

	RuptureRule(String code, double thresholdSd, double componentThresholdSd) {
		this.code = code;
		this.thresholdSd = thresholdSd;
		this.componentThresholdSd = componentThresholdSd;
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
	 * The threshold for a fall of bond, task or goal alone. Watching three components
	 * gives a chance fall three chances, so each is held to the Šidák-adjusted threshold
	 * that keeps the chance of any one of them crossing it at the rule's own one-sided
	 * normal tail: Φ(−1) = 0.158655 gives 1 − (1 − 0.158655)^(1/3) = 0.055958 per
	 * component, z = 1.5896 (rounded up to 1.59); Φ(−2) = 0.022750 gives 0.007642, z =
	 * 2.4256 (2.43). Only a drop this reliable counts on one component while the total
	 * holds.
	 * @return the component threshold, in SDs
	 */
	public double componentThresholdSd() {
		return this.componentThresholdSd;
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
